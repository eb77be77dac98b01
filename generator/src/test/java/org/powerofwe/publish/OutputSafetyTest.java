package org.powerofwe.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/** The build never writes over the sources or a folder that is not its own. */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.write(dir, Sites.minimal(""));
    }

    @Test
    void refusesTheProjectRootAndItsSourceFolders() throws Exception {
        TestSite site = site();
        String marker = Files.readString(site.root().resolve("content/_index.en.md"));
        for (String output : new String[] {".", "content", "themes", "content/news", ".."}) {
            site.build(BuildOptions.of(site.root(), site.root().resolve(output)));
            site.assertFailed().assertProblem(site.root().resolve(output).toString(), "sources");
        }
        assertEquals(marker, Files.readString(site.root().resolve("content/_index.en.md")));
    }

    @Test
    void refusesAFolderHoldingSomeoneElsesFiles() throws Exception {
        TestSite site = site();
        Path documents = dir.resolve("documents");
        Files.createDirectories(documents);
        Files.writeString(documents.resolve("letter.txt"), "keep me");
        site.build(BuildOptions.of(site.root(), documents));
        site.assertFailed().assertProblem(documents.toString(), "not written by a site build");
        assertEquals("keep me", Files.readString(documents.resolve("letter.txt")));
    }

    @Test
    void replacesItsOwnPreviousOutputCompletely() throws Exception {
        TestSite site = site().buildOk();
        Files.writeString(site.output().resolve("stale.html"), "old");
        site.buildOk();
        assertTrue(!site.exists("stale.html"), "files of the previous build are gone");
        assertTrue(site.exists(OutputGuard.MARKER));
    }

    /**
     * The command line prints its summary while the previous output is still being removed, and
     * ends only once it is gone: beside the site, no half-removed build is left, and at most the
     * one build the next will be made from (with the build cache), complete.
     */
    @Test
    void theCommandLineLeavesOnlyThePublishedBuildAndTheOneItReplaced() throws Exception {
        TestSite site = site();
        Path output = dir.resolve("out");
        for (int build = 0; build < 3; build++) {
            TestSite.CommandRun run = site.run("build", "--quiet", "--output", output.toString());
            assertEquals(0, run.exitCode(), run.err());
        }
        List<Path> builds = builds();
        assertEquals(2, builds.size(), "the published build and the one it replaced: " + builds);
        assertTrue(builds.contains(output.toRealPath()));
        for (Path build : builds) {
            assertTrue(Files.isRegularFile(build.resolve(OutputGuard.MARKER)), "a complete build: " + build);
        }
        TestSite.CommandRun run = site.run("build", "--quiet", "--no-cache", "--output", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(output.toRealPath()), builds(), "without the cache, only the build the output points to is kept");
    }

    private List<Path> builds() throws java.io.IOException {
        try (java.util.stream.Stream<Path> builds = Files.list(dir.resolve(".out.builds"))) {
            return builds.map(p -> {
                try {
                    return p.toRealPath();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsAnError() throws Exception {
        TestSite site = site();
        Path locked = dir.resolve("locked");
        Files.createDirectories(locked);
        locked.toFile().setWritable(false);
        try {
            site.build(BuildOptions.of(site.root(), locked.resolve("public")));
            if (locked.toFile().canWrite()) {
                return; // running as root: permissions are not enforced, nothing to test here
            }
            site.assertFailed().assertProblem(locked.resolve("public").toString(), "cannot write the output folder");
        } finally {
            locked.toFile().setWritable(true);
        }
    }
}
