package org.powerofwe.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
