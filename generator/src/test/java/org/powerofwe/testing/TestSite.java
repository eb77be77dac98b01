package org.powerofwe.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildResult;
import org.powerofwe.build.SiteBuilder;
import org.powerofwe.cli.Console;
import org.powerofwe.cli.Main;
import org.powerofwe.diag.Problem;

/**
 * A whole small site written inline, in the txtar style Hugo's integration tests use:
 * {@code -- path --} lines followed by the file's text. Unless the site brings its own
 * {@code themes/}, the real wecare theme of the repository is copied in, since the theme is part
 * of what the tests check.
 */
public final class TestSite {

    private final Path root;
    private BuildResult result;

    private TestSite(Path root) {
        this.root = root;
    }

    /** Writes the files of {@code txtar} into a new folder under {@code parent}. */
    public static TestSite write(Path parent, String txtar) {
        TestSite site = new TestSite(parent.resolve("site"));
        site.add(txtar);
        if (!Files.isDirectory(site.root.resolve("themes"))) {
            RepoPaths.copyTree(RepoPaths.root().resolve("themes"), site.root.resolve("themes"));
        }
        return site;
    }

    /** Adds or replaces files, in the same txtar format. */
    public TestSite add(String txtar) {
        parse(txtar).forEach(file -> writeFile(file.path(), file.content()));
        return this;
    }

    public TestSite writeFile(String path, String content) {
        return writeBytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite writeBytes(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestSite delete(String path) {
        try {
            Files.deleteIfExists(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("public");
    }

    /** Builds into {@code public/} with the given options applied. */
    public BuildResult build() {
        return build(BuildOptions.of(root, output()));
    }

    public BuildResult build(BuildOptions options) {
        result = new SiteBuilder().build(options);
        return result;
    }

    /** Builds and fails the test, listing the problems, if there was any error. */
    public TestSite buildOk() {
        build();
        if (result.hasErrors()) {
            fail("expected a clean build, got:\n" + problemText());
        }
        return this;
    }

    /** Runs the real command line ({@code site ...}) in this site; returns exit code and output. */
    public CommandRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--source")) {
            all.add("--source");
            all.add(root.toString());
        }
        int code = Main.run(new Console(new PrintWriter(out, true), new PrintWriter(err, true)), all.toArray(String[]::new));
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** The problems of the last build, one formatted problem per entry. */
    public List<String> problems() {
        return result.problems().stream().map(Problem::format).toList();
    }

    public String problemText() {
        return String.join("\n", problems());
    }

    /** Asserts that a problem starting with {@code prefix} (e.g. {@code content/a.en.md:3:7: error:}) was reported. */
    public TestSite assertProblem(String prefix, String messagePart) {
        boolean found = result.problems().stream().map(Problem::format)
                .anyMatch(p -> p.startsWith(prefix) && p.contains(messagePart));
        assertTrue(found, "expected a problem starting with '" + prefix + "' containing '" + messagePart + "', got:\n" + problemText());
        return this;
    }

    public TestSite assertNoProblems() {
        assertTrue(result.problems().isEmpty(), "expected no problems, got:\n" + problemText());
        return this;
    }

    public TestSite assertFailed() {
        assertTrue(result.hasErrors(), "expected the build to fail");
        assertFalse(result.published(), "a failed build must not publish");
        return this;
    }

    public boolean exists(String outputPath) {
        return Files.exists(output().resolve(outputPath));
    }

    public String file(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("missing output file " + outputPath + "; files: " + listOutput(), e);
        }
    }

    public Document html(String outputPath) {
        return Jsoup.parse(file(outputPath), "https://example.org/");
    }

    /** Asserts {@code outputPath} contains each line fragment; a fragment starting with "! " must be absent. */
    public TestSite assertFile(String outputPath, String... fragments) {
        String text = file(outputPath);
        for (String fragment : fragments) {
            if (fragment.startsWith("! ")) {
                assertFalse(text.contains(fragment.substring(2)), outputPath + " must not contain: " + fragment.substring(2));
            } else {
                assertTrue(text.contains(fragment), outputPath + " must contain: " + fragment + "\n---\n" + text);
            }
        }
        return this;
    }

    public List<String> listOutput() {
        if (!Files.isDirectory(output())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(output().toRealPath())) {
            Path root = output().toRealPath();
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertLines(String expected, String actual) {
        assertEquals(expected.strip(), actual.strip());
    }

    /** The result of running the command line. */
    public record CommandRun(int exitCode, String out, String err) {
    }

    private record TxtarFile(String path, String content) {
    }

    static List<TxtarFile> parse(String txtar) {
        List<TxtarFile> files = new ArrayList<>();
        String path = null;
        StringBuilder content = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (path != null) {
                    files.add(new TxtarFile(path, content.toString()));
                }
                path = line.substring(3, line.length() - 3).strip();
                content.setLength(0);
            } else if (path != null) {
                content.append(line).append('\n');
            }
        }
        if (path != null) {
            String text = content.toString();
            files.add(new TxtarFile(path, text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text));
        }
        return files;
    }

}
