package org.powerofwe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.powerofwe.build.BuildResult;

/** Prints the end-of-build summary, per language like Hugo's: pages, fallbacks, warnings; then files and time. */
final class Summary {

    private Summary() {
    }

    static void print(PrintWriter out, BuildResult result, Path output) {
        Map<String, Integer> pages = result.pagesPerLanguage();
        if (!pages.isEmpty()) {
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-22s", ""));
            StringBuilder rule = new StringBuilder("-".repeat(22));
            StringBuilder pageRow = new StringBuilder(String.format(Locale.ROOT, "%-22s", "  Pages"));
            StringBuilder fallbackRow = new StringBuilder(String.format(Locale.ROOT, "%-22s", "  Not yet translated"));
            StringBuilder warningRow = new StringBuilder(String.format(Locale.ROOT, "%-22s", "  Warnings"));
            pages.forEach((lang, count) -> {
                header.append(String.format(Locale.ROOT, "| %5s ", lang.toUpperCase(Locale.ROOT)));
                rule.append("+-------");
                pageRow.append(String.format(Locale.ROOT, "| %5d ", count));
                fallbackRow.append(String.format(Locale.ROOT, "| %5d ", result.fallbacksPerLanguage().getOrDefault(lang, 0)));
                warningRow.append(String.format(Locale.ROOT, "| %5d ", result.warningsIn(lang)));
            });
            out.println(header);
            out.println(rule);
            out.println(pageRow);
            out.println(fallbackRow);
            out.println(warningRow);
            out.println();
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
        var cache = result.cache();
        if (result.partial().isPresent()) {
            var partial = result.partial().get();
            out.printf(Locale.ROOT, "Redone from the previous build (the running generator): %d changed file(s), %d page(s) rendered, "
                    + "%d unchanged file(s) kept.%n", partial.changedFiles(), partial.pagesRendered(), partial.filesKept());
        } else if (cache.enabled() && cache.reused() + cache.rendered() > 0) {
            out.printf(Locale.ROOT, "Page bodies: %d from the build cache (.cache/build/), %d rendered%s.%n", cache.reused(), cache.rendered(),
                    cache.stale() + cache.rejected() > 0 ? " (" + cache.stale() + " changed since, " + cache.rejected() + " unreadable)" : "");
            if (cache.pagesReused() > 0) {
                out.printf(Locale.ROOT, "Whole pages: %d copied from the build cache (nothing they show changed), %d rendered.%n",
                        cache.pagesReused(), cache.pagesRendered());
            }
        }
        out.flush();
    }
}
