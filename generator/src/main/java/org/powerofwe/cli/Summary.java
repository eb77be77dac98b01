package org.powerofwe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.powerofwe.build.BuildResult;

/** Prints the end-of-build summary: pages per language, files, problems and time. */
final class Summary {

    private Summary() {
    }

    static void print(PrintWriter out, BuildResult result, Path output) {
        Map<String, Integer> pages = result.pagesPerLanguage();
        if (!pages.isEmpty()) {
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-10s", ""));
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-10s", "pages"));
            pages.forEach((lang, count) -> {
                header.append(String.format(Locale.ROOT, "%6s", lang.toUpperCase(Locale.ROOT)));
                row.append(String.format(Locale.ROOT, "%6d", count));
            });
            out.println(header);
            out.println(row);
        }
        long ms = result.duration().toMillis();
        int total = pages.values().stream().mapToInt(Integer::intValue).sum();
        String problems = result.errorCount() + " error(s), " + result.warningCount() + " warning(s)";
        if (result.published()) {
            out.printf(Locale.ROOT, "Built %d pages in %d languages (%d files, %.1f MB) in %d ms into %s; %s%n",
                    total, pages.size(), result.files(), result.bytes() / 1048576.0, ms, output, problems);
        } else {
            out.printf(Locale.ROOT, "Nothing published (%s) in %d ms; %s is unchanged.%n", problems, ms, output);
        }
        out.flush();
    }
}
