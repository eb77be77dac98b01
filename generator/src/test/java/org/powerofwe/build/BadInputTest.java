package org.powerofwe.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * Mistakes staff make in pages and figures: each is reported at its file, line and column with a
 * hint, the build fails, and nothing is published.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private TestSite site(String extra) {
        return TestSite.write(dir, Sites.minimal(extra));
    }

    @Test
    void frontMatterNotClosed() {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: News
                """);
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:1:1: error: the front matter is not closed", "add a line with only '---'");
    }

    @Test
    void invalidYamlPointsAtTheLine() {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: Culture: shaping the future
                ---
                """);
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:2:15: error: invalid YAML", "mapping values are not allowed")
                .assertProblem("content/news/_index.en.md:2:15", "put between quotes")
                // The hint is the author's own line, quoted, to paste as written (not a generic example).
                .assertProblem("content/news/_index.en.md:2:15", "put between quotes: title: \"Culture: shaping the future\"");
    }

    @Test
    void duplicateFieldIsAnError() {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: News
                summary: One
                title: Again
                ---
                """);
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:4:1: error: duplicate field 'title'", "first set at line 2");
    }

    @Test
    void wrongTypesAndImpossibleDates() {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/council.en.md --
                ---
                title: Council
                date: 2021-02-30
                weight: "3"
                draft: maybe
                ---
                """);
        site.build();
        site.assertFailed()
                .assertProblem("content/news/council.en.md:3:7: error: 'date' is not a real date: 2021-02-30", "")
                .assertProblem("content/news/council.en.md:4:9: error: 'weight' must be a whole number, found text ('3')", "no quotes")
                .assertProblem("content/news/council.en.md:5:8: error: 'draft' must be true or false", "");
    }

    @Test
    void textWhereADateBelongs() {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/council.en.md --
                ---
                title: Council
                date: November 2021
                ---
                """);
        site.build();
        site.assertFailed().assertProblem("content/news/council.en.md:3:7: error: 'date' must be a date", "2021-11-16");
    }

    @Test
    void unknownFieldIsAWarningWithASuggestion() {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: News
                sumary: A typo
                ---
                """);
        site.buildOk();
        site.assertProblem("content/news/_index.en.md:3:1: warning: unknown field 'sumary'", "did you mean 'summary'?");
    }

    @Test
    void missingRequiredFields() {
        TestSite site = site("""
                -- content/pledges/_index.en.md --
                ---
                title: Pledges
                ---
                -- content/pledges/x.en.md --
                ---
                summary: no title, no axis, no weight
                ---
                """);
        site.build();
        site.assertFailed()
                .assertProblem("content/pledges/x.en.md:1:1: error: missing required field 'title'", "")
                .assertProblem("content/pledges/x.en.md:1:1: error: missing required field 'axis'", "")
                .assertProblem("content/pledges/x.en.md:1:1: error: missing required field 'weight'", "");
    }

    @Test
    void unknownAxisPledgeAndFigureReferences() {
        TestSite site = site("""
                -- content/pledges/_index.en.md --
                ---
                title: Pledges
                ---
                -- content/pledges/subsidiarity.en.md --
                ---
                title: Subsidiarity
                axis: goverment
                weight: 1
                ---
                -- content/undertakings/_index.en.md --
                ---
                title: Undertakings
                ---
                -- content/undertakings/finance.en.md --
                ---
                title: Finance
                axis: government
                weight: 1
                pledges: [subsidiarity, subsidiarty]
                ---
                -- content/campaigns/_index.en.md --
                ---
                title: Campaigns
                ---
                -- content/campaigns/c.en.md --
                ---
                title: C
                hashtags: ["#UCLGMeets"]
                metrics: [retreat-participants]
                ---
                """);
        site.build();
        site.assertFailed()
                .assertProblem("content/pledges/subsidiarity.en.md:3:7: error: unknown axis 'goverment'", "did you mean 'government'?")
                .assertProblem("content/undertakings/finance.en.md:5:25: error: unknown pledge 'subsidiarty'", "did you mean 'subsidiarity'?")
                .assertProblem("content/campaigns/c.en.md:4:11: error: unknown figure 'retreat-participants'", "content/data/");
    }

    @Test
    void twoPagesClaimingOneAddress() {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/a.en.md --
                ---
                title: A
                date: 2021-01-01
                slug: same
                ---
                -- content/news/same.en.md --
                ---
                title: B
                date: 2021-01-02
                ---
                """);
        site.build();
        site.assertFailed().assertProblem("content/news/", "both want the address /en/news/same/");
    }

    @Test
    void slugsAndAliasesCannotLeaveTheSite() {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/a.en.md --
                ---
                title: A
                date: 2021-01-01
                slug: ../../etc
                aliases: ["/old/../../../tmp/x", "/en/old-a/", "/abs/path/ok/", "https://evil.example/"]
                ---
                """);
        site.build();
        site.assertFailed()
                .assertProblem("content/news/a.en.md:4:7: error: slug '../../etc' is not allowed", "lower-case letters")
                .assertProblem("content/news/a.en.md:5:11: error: alias '/old/../../../tmp/x' is not a path inside the site", "")
                .assertProblem("content/news/a.en.md:5:65: error: alias 'https://evil.example/' is not a path inside the site", "");
    }

    @Test
    void fileNameWithAnUnconfiguredLanguage() {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/_index.de.md --
                ---
                title: Nachrichten
                ---
                """);
        site.build();
        site.assertFailed().assertProblem("content/news/_index.de.md:1:1: error: language code 'de' is not one of the site's languages", "en, fr, es");
    }

    @Test
    void invalidUtf8IsAnErrorAtTheBadByte() {
        TestSite site = site("").writeBytes("content/news/_index.en.md",
                concat("---\ntitle: News\n---\nCaf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, ' ', 'x', '\n'}));
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:4:4: error: this file is not valid UTF-8 text", "save the file as UTF-8");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreAccepted() {
        TestSite site = site("").writeBytes("content/news/_index.en.md",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "---\r\ntitle: News\r\n---\r\nCafé\r\n".getBytes(StandardCharsets.UTF_8)));
        site.buildOk();
        assertEquals("News", site.html("en/news/index.html").selectFirst("h1").text());
        assertFalse(site.file("en/news/index.html").contains("\r"));
    }

    @Test
    void emptyFile() {
        TestSite site = site("").writeFile("content/news/_index.en.md", "");
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:1:1: error: this page is empty", "");
    }

    @Test
    void hugeFileIsRefusedWithItsSizeAndTheLimit() {
        TestSite site = site("").writeFile("content/news/_index.en.md", "---\ntitle: Big\n---\n" + "word ".repeat(700_000));
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:1:1: error: this file is too large (3.3 MB; the limit is 2 MB)", "split the page");
    }

    @Test
    void aliasBombsAndDeepNestingAreStopped() {
        StringBuilder bomb = new StringBuilder("---\ntitle: Bomb\na: &a [x, x, x, x, x, x, x, x, x]\n");
        String previous = "a";
        for (int i = 0; i < 12; i++) {
            String name = "l" + i;
            bomb.append(name).append(": &").append(name).append(" [").append(("*" + previous + ", ").repeat(8)).append("*").append(previous).append("]\n");
            previous = name;
        }
        bomb.append("---\n");
        TestSite site = site("").writeFile("content/news/_index.en.md", bomb.toString())
                .writeFile("content/news/deep.en.md", "---\ntitle: Deep\ndate: 2021-01-01\nx: " + "[".repeat(40) + "]".repeat(40) + "\n---\n");
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:", "aliases").assertProblem("content/news/deep.en.md:", "nested too deeply");
    }

    @Test
    void contentSymlinkOutsideContentIsRefused() throws Exception {
        TestSite site = site("");
        Path secret = dir.resolve("secret.en.md");
        Files.writeString(secret, "---\ntitle: Secret\n---\n");
        Files.createDirectories(site.root().resolve("content/news"));
        Files.createSymbolicLink(site.root().resolve("content/news/_index.en.md"), secret);
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:1:1: error: this link points outside content/", "copy the file");
    }

    /**
     * The scan works out the real path of folders and links, not of every file: a folder linked
     * from outside is refused with everything in it, while the pages of a folder linked from
     * inside content/ are read (here, as a section the configuration does not name).
     */
    @Test
    void aFolderLinkedFromOutsideIsRefusedAndOneFromInsideIsRead() throws Exception {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/a.en.md --
                ---
                title: Inside
                date: 2021-01-01
                ---
                """);
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.en.md"), "---\ntitle: Secret\ndate: 2021-01-01\n---\n");
        Files.createSymbolicLink(site.root().resolve("content/stories"), outside);
        site.build();
        site.assertFailed().assertProblem("content/stories:1:1: error: this link points outside content/", "copy the file");
        assertFalse(site.problemText().contains("secret"), site.problemText());

        Files.delete(site.root().resolve("content/stories"));
        Files.createSymbolicLink(site.root().resolve("content/more"), site.root().resolve("content/news"));
        site.build();
        assertTrue(site.problemText().contains("content/more/_index.en.md:1:1: error: section 'more' is not configured"),
                "the pages of a folder linked from inside content/ are read as its own:\n" + site.problemText());
        assertFalse(site.problemText().contains("points outside"), site.problemText());
    }

    @Test
    void missingHomePageAndSectionPage() {
        TestSite site = TestSite.write(dir, Sites.CONFIG + Sites.PACT + """
                -- content/news/a.en.md --
                ---
                title: A
                date: 2021-01-01
                ---
                """);
        site.build();
        site.assertFailed()
                .assertProblem("content/_index.en.md:1:1: error: the site has no home page", "create content/_index.en.md")
                .assertProblem("content/news/a.en.md:1:1: error: the folder of this page has no page of its own", "content/news/_index.en.md");
    }

    @Test
    void linksAndFiguresThatDoNotExistAreErrorsAtTheirLine() {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                First line.

                See [finance](../undertakings/local-finance.md) and {{< metric nope >}}.

                ![A chart](../images/missing.png)
                {{< figur x >}}
                """);
        site.build();
        site.assertFailed()
                .assertProblem("content/news/_index.en.md:6:5: error: link to a page that does not exist: ../undertakings/local-finance.md", "")
                .assertProblem("content/news/_index.en.md:6:53: error: unknown figure 'nope'", "")
                .assertProblem("content/news/_index.en.md:8:1: error: image '../images/missing.png' points to content/images/missing.png, which does not exist", "")
                .assertProblem("content/news/_index.en.md:9:1: error: unknown shortcode 'figur'", "did you mean 'figures'?");
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputUntouched() throws Exception {
        TestSite site = site("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                """).buildOk();
        String before = site.file("en/news/index.html");
        site.writeFile("content/news/_index.en.md", "---\ntitle: [broken\n---\n");
        site.build();
        site.assertFailed();
        assertEquals(before, site.file("en/news/index.html"));
        try (var siblings = Files.list(site.root())) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("staging")), "no staging folder left behind");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
