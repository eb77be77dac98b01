package org.powerofwe.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.cli.Console;
import org.powerofwe.cli.ExitCodes;
import org.powerofwe.cli.Main;
import org.powerofwe.server.PreviewServer;
import org.powerofwe.testing.RepoPaths;

/**
 * Follows the staff guide as a new user would, on a copy of the real project: every {@code ./site}
 * command it shows runs, in the guide's order, and does what the guide says.
 */
class StaffGuideTest {

    private static final List<String> GUIDE = List.of("README.md", "previewing.md", "adding-pages.md", "translating.md", "errors.md",
            "publishing.md", "content-format.md");
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void everyCommandTheGuideShowsWorksInOrderOnTheRealProject() throws IOException {
        Path project = RepoPaths.copyOfTheProject(dir.resolve("project"));
        Path docs = RepoPaths.root().resolve("docs");
        int commands = 0;
        for (String page : GUIDE) {
            String text = Files.readString(docs.resolve(page));
            if (page.equals("adding-pages.md")) {
                addTheDocumentedFigure(project, text);
            }
            for (List<String> command : commands(text)) {
                commands++;
                if (command.get(0).equals("serve")) {
                    servesAndStops(project, command);
                    continue;
                }
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                List<String> args = new ArrayList<>(command);
                int output = args.indexOf("--output");
                if (output >= 0 && output + 1 < args.size() && !Path.of(args.get(output + 1)).isAbsolute()) {
                    // The guide's commands run in the project folder; the test's own folder is not that.
                    args.set(output + 1, project.resolve(args.get(output + 1)).toString());
                }
                args.add("--source");
                args.add(project.toString());
                int code = Main.run(new Console(new PrintWriter(out, true), new PrintWriter(err, true)), args.toArray(String[]::new));
                assertEquals(ExitCodes.OK, code, page + ": ./site " + String.join(" ", command) + " failed:\n" + err + out);
                assertFalse(err.toString().contains(": error:"), page + ": ./site " + String.join(" ", command) + " reported errors:\n" + err);
            }
        }
        assertTrue(commands >= 15, "the guide shows the commands staff need, found " + commands);
        assertTrue(Files.exists(project.resolve("content/pledges/local-autonomy.fr.md")), "the translation procedure created the French page");
        assertTrue(Files.readString(project.resolve("content/pledges/subsidiarity.fr.md")).contains("translationOf: "));
    }

    /** The figure of "Add a figure" goes into the chapter's data file, as the guide says, and the site accepts it. */
    private static void addTheDocumentedFigure(Path project, String guide) throws IOException {
        Matcher yaml = YAML_BLOCK.matcher(guide);
        assertTrue(yaml.find(), "the guide shows a figure");
        Path data = project.resolve("content/data/metrics/gatherings.yml");
        Files.writeString(data, Files.readString(data).stripTrailing() + "\n" + yaml.group(1));
    }

    /** The preview is started (on a free port, whatever the guide's example says) and stopped. */
    private static void servesAndStops(Path project, List<String> command) throws IOException {
        try (PreviewServer server = PreviewServer.start(project, 0, true, new PrintWriter(new StringWriter(), true))) {
            assertTrue(server.problems().stream().noneMatch(p -> p.isError()), "the preview starts without errors: " + server.problems());
        }
    }

    static List<List<String>> commands(String markdown) {
        List<List<String>> commands = new ArrayList<>();
        Matcher block = SHELL_BLOCK.matcher(markdown);
        while (block.find()) {
            for (String line : block.group(1).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("./site ")) {
                    commands.add(List.of(trimmed.substring("./site ".length()).split("\\s+")));
                }
            }
        }
        return commands;
    }

}
