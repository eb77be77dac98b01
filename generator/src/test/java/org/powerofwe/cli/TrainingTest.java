package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * The launcher records its ahead-of-time cache from {@link Training}. If the training stopped
 * using the build cache, the recorded cache would miss what a cache-warm build runs, and staff's
 * everyday builds would start slower (about 0.15 s at 10,000 pages); if it stopped rendering,
 * cold builds would. Neither shows in any output, so this pins what the training runs.
 */
class TrainingTest {

    @TempDir
    Path dir;

    @Test
    void theTrainingRendersEveryPageThenBuildsFromTheCacheAndLeavesItWarm() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(Sites.PLEDGES_EN_FR));
        Path output = dir.resolve("training");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Training.train(new Console(new PrintWriter(out, true), new PrintWriter(err, true)), site.root().toString(), output.toString());
        assertEquals(0, code, err.toString());
        assertTrue(Files.isRegularFile(output.resolve("en/index.html")), "the training builds the site");
        assertEquals("", out.toString(), "the launcher shows nothing of the training");

        TestSite.CommandRun after = site.run("build", "--output", dir.resolve("after").toString());
        assertTrue(after.out().contains("0 rendered"), "every body and page of a build after the training comes from the cache: " + after.out());
        assertTrue(after.out().matches("(?s).*Page bodies: [1-9][0-9]* from the build cache.*"), after.out());
    }
}
