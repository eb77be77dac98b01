package org.powerofwe.markdown.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.powerofwe.diag.Problems;
import org.powerofwe.markdown.MarkdownRenderer;

/**
 * The examples of the CommonMark 0.31.2 spec and of the GitHub-flavoured extensions the site
 * supports, rendered by the site's Markdown pipeline (parser, link resolution, raw-HTML checks,
 * sanitiser) and compared as normalised HTML. Each example the site renders differently on purpose
 * is listed with its reason; an example not on the list that fails means Markdown no longer reads
 * as authors of other tools expect, and an example on the list that passes must leave the list,
 * so the list only shrinks. The pass rate is written to target/markdown-conformance.txt.
 */
class SpecConformanceTest {

    private static final String DIR = "/org/powerofwe/markdown/conformance/";
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(Map.of());

    @Test
    void commonMarkExamplesRenderAsTheSpecSaysExceptTheListedDifferences() throws IOException {
        check("CommonMark 0.31.2", "commonmark-spec-0.31.2.txt", "commonmark-expected-differences.txt");
    }

    @Test
    void gfmExtensionExamplesRenderAsTheGfmSpecSaysExceptTheListedDifferences() throws IOException {
        check("GFM 0.29 extensions", "gfm-extensions-spec.txt", "gfm-expected-differences.txt");
    }

    private static void check(String name, String spec, String differencesFile) throws IOException {
        List<SpecExamples.Example> examples = SpecExamples.load(DIR + spec).examples();
        Map<Integer, String> expected = SpecExamples.expectedDifferences(DIR + differencesFile);
        List<String> unexpected = new ArrayList<>();
        TreeSet<Integer> nowPassing = new TreeSet<>();
        StringBuilder report = new StringBuilder();
        int passed = 0;
        long slowestNanos = 0;
        int slowest = 0;
        for (SpecExamples.Example example : examples) {
            long start = System.nanoTime();
            String actual = render(example.markdown());
            long took = System.nanoTime() - start;
            if (took > slowestNanos) {
                slowestNanos = took;
                slowest = example.number();
            }
            boolean same = NormalisedHtml.of(actual).equals(NormalisedHtml.of(example.html()));
            if (same) {
                passed++;
                if (expected.containsKey(example.number())) {
                    nowPassing.add(example.number());
                }
            } else {
                report.append("## example ").append(example.number()).append(" (").append(example.section()).append(")\n")
                        .append(example.markdown()).append("-- expected\n").append(NormalisedHtml.of(example.html()))
                        .append("\n-- site\n").append(NormalisedHtml.of(actual)).append("\n\n");
                if (!expected.containsKey(example.number())) {
                    unexpected.add(example.number() + " (" + example.section() + ")");
                }
            }
        }
        String summary = String.format("%s: %d of %d examples pass (%.1f %%); %d listed as intended differences; slowest example %d took %d ms%n",
                name, passed, examples.size(), 100.0 * passed / examples.size(), expected.size(), slowest, slowestNanos / 1_000_000);
        writeReport(spec, summary + "\n" + report);
        System.out.print(summary);
        assertTrue(unexpected.isEmpty(), () -> name + ": examples that fail and are not listed in " + differencesFile + ": " + unexpected
                + " (see target/conformance-" + spec + ".txt)");
        assertTrue(nowPassing.isEmpty(), () -> name + ": examples that now pass; remove them from " + differencesFile + ": " + nowPassing);
    }

    private static String render(String markdown) {
        try {
            return RENDERER.render(SpecEnvironment.page(markdown), new SpecEnvironment(), new Problems()).html();
        } catch (RuntimeException | StackOverflowError e) {
            return "<p>rendering failed: " + e + "</p>";
        }
    }

    private static void writeReport(String spec, String text) throws IOException {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("conformance-" + spec), text);
        }
    }
}
