package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.MiniTheme;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/** What {@code site check} tells staff before they publish, and how it shows up on a pull request. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private TestSite site(String extra) {
        // Images are processed, so the chart must be a real picture (drawn here, not a binary fixture).
        return TestSite.write(dir, Sites.CONFIG.replace("theme: wecare", "theme: mini") + MiniTheme.FILES + Sites.HOMES + Sites.PACT + extra)
                .writeBytes("content/images/chart.png", org.powerofwe.images.TestImages.png(300, 200));
    }

    private static final String NEWS = """
            -- content/news/_index.en.md --
            ---
            title: News
            ---
            ## Our year

            See [the vision](../pact/government.md#no-such-anchor) and [the Pact](../pact/_index.md).

            ![](../images/chart.png)

            #### Too deep

            # A second title
            """;

    @Test
    void reportsBrokenAnchorsImagesWithoutAltAndHeadingsOutOfOrderAtTheirLine() {
        TestSite site = site(NEWS);
        TestSite.CommandRun run = site.run("check");
        assertEquals(ExitCodes.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/news/_index.en.md:6:5: error: link to #no-such-anchor, which is not a heading or anchor of /power-of-we/en/pact/government/"), run.err());
        assertTrue(run.err().contains("content/news/_index.en.md:8:1: error: this image has no text alternative"), run.err());
        assertTrue(run.err().contains("content/news/_index.en.md:10:1: error: heading of level 4 after level 2: a level is skipped"), run.err());
        assertTrue(run.err().contains("content/news/_index.en.md:12:1: error: a heading of level 1 (#)"), run.err());
        assertTrue(run.out().contains("Checked "), run.out());
        assertFalse(Files.exists(site.output()), "check writes no output");
    }

    @Test
    void reportsMissingAndOutdatedTranslationsAsWarnings() {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/_index.fr.md --
                ---
                title: Actualités
                translationOf: 000000000000
                ---
                """);
        TestSite.CommandRun run = site.run("check");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/news/_index.fr.md:1:1: warning: this translation is outdated"), run.err());
        assertTrue(run.err().contains("content/news/_index.en.md:1:1: warning: not yet translated into Español"), run.err());
    }

    @Test
    void aCleanSitePassesWithASummary() {
        TestSite.CommandRun run = site("").run("check");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("0 error(s)"), run.out());
    }

    @Test
    void underGitHubActionsEveryProblemIsAlsoAnAnnotationOnItsLine() {
        TestSite site = site(NEWS);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Console(new PrintWriter(out, true), new PrintWriter(err, true), true), "check", "--source", site.root().toString());
        assertEquals(ExitCodes.CONTENT_ERRORS, code);
        assertTrue(out.toString().contains("::error file=content/news/_index.en.md,line=8,col=1::this image has no text alternative%0Adescribe what the image shows"),
                out.toString());
    }

    @Test
    void annotationsEscapeWhatWorkflowCommandsReserve() {
        org.powerofwe.diag.Problem problem = new org.powerofwe.diag.Problem(new org.powerofwe.diag.SourcePos("content/a,b:c.en.md", 2, 3),
                org.powerofwe.diag.Severity.WARNING, "100% sure\nreally", "");
        assertEquals("::warning file=content/a%2Cb%3Ac.en.md,line=2,col=3::100%25 sure%0Areally", Console.annotation(problem));
    }
}
