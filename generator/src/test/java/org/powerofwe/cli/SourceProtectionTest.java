package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;
import org.powerofwe.testing.TreeSnapshot;

/**
 * No command overwrites a source file: {@code site translations --output} pointed at the
 * configuration, a page, a template, the translation memory or a file under version control is
 * refused with exit 1 and a hint, and the project is byte for byte as it was. Without this a
 * mistyped output name silently replaced site-config.yml or a page with a report.
 */
class SourceProtectionTest {

    @TempDir
    Path dir;

    private static final String SITE = Sites.minimal("""
            -- content/pledges/_index.en.md --
            ---
            title: Pledges
            ---
            -- content/pledges/subsidiarity.en.md --
            ---
            title: Subsidiarity
            axis: government
            weight: 1
            ---
            Text.
            -- translation-sources/abc.md --
            Old text.
            """);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"site-config.yml", "content/pledges/subsidiarity.en.md", "content/pledges/new-page.en.md",
            "themes/wecare/layouts/pledge.ftlh", "translation-sources/abc.md", "generator/report.txt", "content/../site-config.yml"})
    void aReportIsNeverWrittenOverOrAmongTheSources(String target) {
        TestSite site = TestSite.write(dir, SITE);
        Map<String, String> before = TreeSnapshot.of(site.root());

        TestSite.CommandRun run = site.run("translations", "--format", "json", "--output", site.root().resolve(target).toString());

        assertRefused(run, "a source that only its own commands may change");
        assertEquals(before, TreeSnapshot.of(site.root()), "the project is unchanged");
    }

    @Test
    void aLinkThatLeadsToASourceIsRefusedToo() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        Path link = dir.resolve("report.txt");
        Files.createSymbolicLink(link, site.root().resolve("site-config.yml"));
        Map<String, String> before = TreeSnapshot.of(site.root());

        TestSite.CommandRun run = site.run("translations", "--output", link.toString());

        assertRefused(run, "site-config.yml, a source");
        assertEquals(before, TreeSnapshot.of(site.root()));
        assertTrue(Files.isSymbolicLink(link), "the link itself is left as it was");
    }

    @Test
    void aFileUnderVersionControlIsNotOverwritten() throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        Files.writeString(site.root().resolve("NOTES.md"), "Meeting notes.\n");
        Assumptions.assumeTrue(git(site.root(), "init", "-q") && git(site.root(), "add", "NOTES.md"), "git is needed for this test");

        TestSite.CommandRun run = site.run("translations", "--output", site.root().resolve("NOTES.md").toString());

        assertRefused(run, "NOTES.md is a file under version control");
        assertEquals("Meeting notes.\n", Files.readString(site.root().resolve("NOTES.md")));
    }

    @Test
    void aReportIsNotSlippedIntoThePublishedSite() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(ExitCodes.OK, site.run("build", "-q").exitCode());
        Map<String, String> before = TreeSnapshot.of(site.output().toRealPath());

        assertRefused(site.run("translations", "--output", site.output().resolve("status.txt").toString()), "inside the published site");
        assertEquals(before, TreeSnapshot.of(site.output().toRealPath()));
    }

    @Test
    void aFolderOrAMissingFolderIsAnErrorInWords() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("a-file"), "x");

        assertRefused(site.run("translations", "--output", dir.resolve("reports").toString()), "reports is a folder");
        assertRefused(site.run("translations", "--output", dir.resolve("no-such-folder/s.json").toString()),
                "the folder " + dir.resolve("no-such-folder") + " does not exist");
        assertRefused(site.run("translations", "--output", dir.resolve("a-file/s.json").toString()), "does not exist");
        assertEquals(java.util.List.of("a-file", "reports", "site"), list(dir), "nothing else was created");
    }

    @Test
    void aReportOutsideTheSourcesIsWrittenAndReplacedWhole() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        Path report = dir.resolve("status.json");
        Files.writeString(report, "an older report");
        Map<String, String> before = TreeSnapshot.of(site.root());

        TestSite.CommandRun run = site.run("translations", "--format", "json", "--output", report.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(Files.readString(report).startsWith("{"), "the report replaced the older one");
        assertEquals(before, TreeSnapshot.of(site.root()));
        assertEquals(java.util.List.of("site", "status.json"), list(dir), "no temporary file is left beside it");
    }

    @Test
    void outputDoesNotGoWithMark() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.CommandRun run = site.run("translations", "--mark", "fr", "pledges/subsidiarity", "--output",
                site.root().resolve("site-config.yml").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--output goes with the report"), run.err());
    }

    private static void assertRefused(TestSite.CommandRun run, String words) {
        assertEquals(ExitCodes.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: cannot write the report: ") && run.err().contains(words), run.err());
        assertTrue(run.err().contains("    hint: "), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace:\n" + run.err());
    }

    private static java.util.List<String> list(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean git(Path folder, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(java.util.List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
