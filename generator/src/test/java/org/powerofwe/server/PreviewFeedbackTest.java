package org.powerofwe.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * Everything the build knows shows in the browser while a staff member edits: warnings and the
 * page checks of {@code site check} in a banner on the page they concern, errors with the
 * offending line, and drafts marked where pages are listed.
 */
class PreviewFeedbackTest {

    @TempDir
    Path dir;

    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String PLEDGES = """
            -- content/pledges/_index.en.md --
            ---
            title: Pledges
            ---
            -- content/pledges/subsidiarity.en.md --
            ---
            title: Subsidiarity
            axis: government
            weight: 1
            colour: red
            ---
            ## Dialogue

            A real dialogue.
            -- content/pledges/local-finance.en.md --
            ---
            title: Local finance
            axis: government
            weight: 2
            draft: true
            ---
            Not yet published.
            """;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aWarningShowsInADismissibleBannerOnItsPageOnly() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGES));
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(new StringWriter(), true));
        Element banner = page("/en/pledges/subsidiarity/").selectFirst("aside.preview-problems");
        assertNotNull(banner, "the unknown field's warning is shown on the page");
        assertTrue(banner.text().contains("content/pledges/subsidiarity.en.md:5:1 warning"), banner.text());
        assertTrue(banner.text().contains("colour"), banner.text());
        assertNotNull(banner.selectFirst("button.preview-problems__close"), "the banner can be dismissed");
        assertNull(page("/en/pact/government/").selectFirst("aside.preview-problems"), "other pages have no banner");
        assertTrue(get("/__live/reload.js").body().contains("preview-problems"), "the script dismisses the banner");
    }

    @Test
    void thePageChecksOfSiteCheckRunOnTheSavedPage() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGES));
        StringWriter log = new StringWriter();
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(log, true));
        Path file = site.root().resolve("content/pledges/subsidiarity.en.md");
        save(file, Files.readString(file).replace("A real dialogue.", "#### Too deep\n\nSee [the dialogue](#dialog)."));
        Element banner = page("/en/pledges/subsidiarity/").selectFirst("aside.preview-problems");
        assertNotNull(banner);
        assertTrue(banner.text().contains("heading of level 4 after level 2: a level is skipped"), banner.text());
        assertTrue(banner.text().contains("link to #dialog, which is not a heading or anchor"), banner.text());
        assertTrue(banner.text().contains("#dialogue"), "the hint names the heading: " + banner.text());
        // The terminal shows them too, as ./site check would, for staff who watch the log rather than the page.
        assertTrue(log.toString().matches("(?s).*content/pledges/subsidiarity\\.en\\.md:\\d+:\\d+: \\w+: heading of level 4 after level 2.*"), log.toString());
    }

    @Test
    void anErrorPageShowsTheOffendingLineWithACaretUnderTheColumn() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGES));
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(new StringWriter(), true));
        Path file = site.root().resolve("content/pledges/subsidiarity.en.md");
        save(file, Files.readString(file).replace("axis: government", "axis: goverment"));
        HttpResponse<String> error = get("/en/");
        assertEquals(500, error.statusCode());
        Element excerpt = Jsoup.parse(error.body()).selectFirst("pre.excerpt");
        assertNotNull(excerpt, error.body());
        String[] lines = excerpt.wholeText().split("\n");
        int at = java.util.Arrays.asList(lines).indexOf("3 | axis: goverment");
        assertTrue(at >= 0, excerpt.wholeText());
        assertEquals("  |       ^", lines[at + 1].replaceAll("^\\s", " "), "the caret is under the column of the unknown axis:\n" + excerpt.wholeText());
    }

    /** A Markdown paragraph is one long line: the caret at column 300 must be on screen, not 2,000 px to the right. */
    @Test
    void onALongLineTheErrorPageShowsTheTextAroundTheColumn() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGES));
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(new StringWriter(), true));
        Path file = site.root().resolve("content/pledges/subsidiarity.en.md");
        String before = "Local governments speak for their people. ".repeat(7);
        save(file, Files.readString(file).replace("A real dialogue.", before + "See [the finance page](../nowhere/finance.md) for more. " + "And so on. ".repeat(20)));
        HttpResponse<String> error = get("/en/");
        assertEquals(500, error.statusCode());
        Element excerpt = Jsoup.parse(error.body()).selectFirst("li.error pre.excerpt");
        assertNotNull(excerpt, error.body());
        String[] lines = excerpt.wholeText().split("\n");
        int at = -1;
        for (int i = 0; i < lines.length; i++) {
            at = lines[i].contains("^") ? i : at;
        }
        assertTrue(at > 0, excerpt.wholeText());
        assertTrue(lines[at].indexOf('^') < 80, "the caret is within the first 80 characters:\n" + excerpt.wholeText());
        assertTrue(lines[at - 1].length() < 140 && lines[at - 1].contains("…"), "the line is cut around the column: " + lines[at - 1]);
        assertEquals("[", lines[at - 1].substring(lines[at].indexOf('^'), lines[at].indexOf('^') + 1), "the caret is under the link");
        Element focus = Jsoup.parse(error.body()).selectFirst("li.error p.excerpt-focus");
        assertNotNull(focus, "a wrapped copy for phones");
        assertTrue(focus.text().contains("the finance page"), focus.text());
    }

    /** A translation that differs from its source does not hide the preview, but staff must not read it as harmless. */
    @Test
    void theBannerSaysATranslationDifferenceMustBeFixedBeforePublishing() throws Exception {
        TestSite site = withFrenchSubsidiarity(2);
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(new StringWriter(), true));
        Element banner = page("/fr/engagements/subsidiarity/").selectFirst("aside.preview-problems");
        assertNotNull(banner, "the difference is shown on the French page");
        assertTrue(banner.text().contains("'weight' differs from the en page"), banner.text());
        assertTrue(banner.text().contains("must be fixed before publishing: ./site check reports it as an error)"), banner.text());
        assertTrue(banner.text().contains("warning (blocks publishing)"), banner.text());
        assertFalse(banner.text().contains("can be published"), banner.text());
    }

    /** A translator opening a French page whose English source changed must learn it there, with the commands to run. */
    @Test
    void anOutdatedTranslationSaysSoInItsBannerWithTheCommandsToRun() throws Exception {
        TestSite site = withFrenchSubsidiarity(1);
        assertEquals(0, site.run("translations", "--mark", "fr", "pledges/subsidiarity").exitCode());
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(new StringWriter(), true));
        assertNull(page("/fr/engagements/subsidiarity/").selectFirst("aside.preview-problems"), "a current translation has no banner");

        Path english = site.root().resolve("content/pledges/subsidiarity.en.md");
        save(english, Files.readString(english).replace("A real dialogue.", "A genuine dialogue."));
        Element banner = page("/fr/engagements/subsidiarity/").selectFirst("aside.preview-problems");
        assertNotNull(banner, "the outdated translation is shown on the French page");
        assertTrue(banner.text().contains("this translation is outdated: content/pledges/subsidiarity.en.md changed since"), banner.text());
        assertTrue(banner.text().contains("./site translations --mark fr pledges/subsidiarity"), banner.text());
        assertNull(page("/en/pledges/subsidiarity/").selectFirst("aside.preview-problems"), "the English page itself has nothing to fix");
    }

    @Test
    void draftPagesAreMarkedWhereTheyAreListed() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGES));
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(new StringWriter(), true));
        Document list = page("/en/pledges/");
        assertNotNull(list.selectFirst("a[href=/en/pledges/local-finance/][data-preview-draft]"), list.select("a").outerHtml());
        assertNull(list.selectFirst("a[href=/en/pledges/subsidiarity/][data-preview-draft]"), "published pages are not marked");
        assertNotNull(list.selectFirst("a[data-preview-draft] > .preview-draft-badge"), "the mark is visible");
    }

    /**
     * The pledges without the unknown field's warning, and Subsidiarity translated into French
     * with the given weight (the English page's is 1).
     */
    private TestSite withFrenchSubsidiarity(int weight) {
        return TestSite.write(dir, Sites.minimal(PLEDGES.replace("colour: red\n", "") + """
                -- content/pledges/_index.fr.md --
                ---
                title: Engagements
                ---
                -- content/pledges/subsidiarity.fr.md --
                ---
                title: Subsidiarité
                axis: government
                weight: %d
                ---
                ## Dialogue

                Un vrai dialogue.
                """.formatted(weight)));
    }

    private void save(Path file, String text) throws Exception {
        long before = server.builds();
        Files.writeString(file, text);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (server.builds() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(server.builds() > before, "the preview rebuilt after the save");
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response.body());
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
