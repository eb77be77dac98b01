package org.powerofwe.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.cli.Console;
import org.powerofwe.cli.Main;
import org.powerofwe.testing.RepoPaths;

/**
 * Every example the staff guide shows passes {@code ./site check} on the real project: the links
 * and shortcodes quoted in its text, its example pages and its figure and glossary files. A staff
 * member who copies an example from the guide must never meet an error for it (the guide's
 * {@code #gold-vi} anchor did).
 */
class DocsExamplesTest {

    private static final Pattern INLINE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern BLOCK = Pattern.compile("```(markdown|yaml)\\n(.*?)```", Pattern.DOTALL);
    /** A link or shortcode quoted in the text; examples with "..." are patterns, not examples. */
    private static final Pattern QUOTED_EXAMPLE = Pattern.compile("!?\\[[^\\]]+\\]\\([^)]+\\)|\\{\\{<.*>}}");

    @TempDir
    Path dir;

    @Test
    void everyExampleOfTheGuidePassesTheCheck() throws IOException {
        Path project = RepoPaths.copyOfTheProject(dir.resolve("project"));
        List<String> quoted = new ArrayList<>();
        int pages = 0;
        int dataFiles = 0;
        try (var docs = Files.list(RepoPaths.root().resolve("docs"))) {
            // The photo guide's examples need photos: ImagesGuideTest builds them with generated images.
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md") && !p.endsWith("images.md")).sorted().toList()) {
                String text = Files.readString(doc);
                Matcher inline = INLINE.matcher(BLOCK.matcher(text).replaceAll(""));
                while (inline.find()) {
                    String code = inline.group(1);
                    boolean photo = code.startsWith("![") && code.matches(".*\\.(jpe?g|png|webp)\\b.*");
                    if (QUOTED_EXAMPLE.matcher(code).matches() && !code.contains("...") && !code.contains("…") && !photo) {
                        quoted.add(code);
                    }
                }
                Matcher block = BLOCK.matcher(text);
                while (block.find()) {
                    String name = doc.getFileName().toString().replace(".md", "") + "-" + block.start();
                    if (block.group(1).equals("markdown")) {
                        pages += writePage(project, name, block.group(2));
                    } else {
                        dataFiles += writeData(project, name, block.group(2));
                    }
                }
            }
        }
        Files.writeString(project.resolve("content/undertakings/docs-quoted-examples.en.md"),
                "---\ntitle: Quoted examples\naxis: government\nweight: 90\n---\n\n" + String.join("\n\n", quoted) + "\n");
        assertTrue(quoted.size() >= 4, "the guide quotes links and shortcodes: " + quoted);
        assertTrue(pages >= 2 && dataFiles >= 3, "the guide's example pages and data files were found");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Console(new PrintWriter(out, true), new PrintWriter(err, true)), "check", "--source", project.toString());
        String errors = (err + "\n" + out).lines().filter(l -> l.contains(": error: ")).reduce("", (a, b) -> a + b + "\n");
        assertEquals("", errors, "examples of the guide fail ./site check:\n" + err);
        assertEquals(0, code, err.toString());
    }

    /** A Markdown example: a whole page when it has front matter, else text added to an example page. */
    private static int writePage(Path project, String name, String markdown) throws IOException {
        String page = markdown.startsWith("---\n") ? markdown.replace("...", "…")
                : "---\ntitle: Example\naxis: government\nweight: 91\n---\n\n" + markdown;
        Files.writeString(project.resolve("content/undertakings/docs-" + name + ".en.md"), page);
        return 1;
    }

    /** A YAML example: a figure (added to its chapter's data file), a figures file or a glossary. */
    private static int writeData(Path project, String name, String yaml) throws IOException {
        if (yaml.startsWith("  - id:")) {
            Path data = project.resolve("content/data/metrics/gatherings.yml");
            Files.writeString(data, Files.readString(data).stripTrailing() + "\n" + yaml);
        } else if (yaml.startsWith("metrics:")) {
            Path data = project.resolve("content/data/metrics/communication.yml");
            // The example shows a figure of the real file: it replaces it, so ids stay unique.
            String real = Files.readString(data);
            String id = yaml.replaceAll("(?s).*?- id: (\\S+).*", "$1");
            assertTrue(real.contains("- id: " + id), "the guide's figure example is a figure of communication.yml: " + id);
            Files.writeString(project.resolve("content/data/metrics/docs-" + name + ".yml"), yaml.replace(id, id + "-example"));
        } else if (yaml.startsWith("terms:")) {
            Files.writeString(project.resolve("content/glossary/fr.yml"), yaml);
        } else {
            throw new AssertionError("an example of the guide this test does not know how to check:\n" + yaml);
        }
        return 1;
    }
}
