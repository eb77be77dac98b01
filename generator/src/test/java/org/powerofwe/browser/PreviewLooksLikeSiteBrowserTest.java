package org.powerofwe.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildResult;
import org.powerofwe.server.PreviewServer;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * What staff see in {@code ./site serve} is what readers will see: the preview's own stylesheet
 * must not restyle the site (red titles, a narrower column, another background), and a draft
 * card in a list stays readable, its title, date and summary shown next to a "draft" badge.
 */
class PreviewLooksLikeSiteBrowserTest {

    @TempDir
    Path dir;

    private static final String NEWS = """
            -- content/news/_index.en.md --
            ---
            title: News
            ---
            Short articles.
            -- content/news/summit.en.md --
            ---
            title: Summit of cities
            date: 2021-11-16
            summary: The summit met in person and online.
            ---
            The summit met.
            -- content/news/forum.en.md --
            ---
            title: Forum on intermediary cities
            date: 2021-10-04
            summary: The forum met in Kütahya.
            draft: true
            ---
            The forum met.
            """;

    /** Styles that the preview's stylesheet changed on real pages before it was scoped to its own elements. */
    private static final String STYLES = "var out = {}; var pick = function (sel, props) { var el = document.querySelector(sel);"
            + " var cs = getComputedStyle(el); props.forEach(function (p) { out[sel + ' ' + p] = cs.getPropertyValue(p); }); };"
            + " pick('body', ['background-color', 'font-family', 'font-size', 'margin-top']);"
            + " pick('main', ['max-width', 'padding-left', 'padding-top', 'margin-left']);"
            + " pick('h1', ['color', 'font-size', 'font-family']);"
            + " out['main width'] = String(document.querySelector('main').getBoundingClientRect().width);"
            + " return JSON.stringify(out);";

    @Test
    void aPreviewedPageHasTheStylesOfTheBuiltPage() throws Exception {
        Browser.requireChromium();
        TestSite site = TestSite.write(dir, Sites.minimal(NEWS));
        try (StaticServer built = new StaticServer(); Browser browser = Browser.start();
                PreviewServer preview = PreviewServer.start(site.root(), 0, true, new PrintWriter(new StringWriter(), true))) {
            String base = "http://127.0.0.1:" + built.port() + "/";
            BuildResult result = site.build(BuildOptions.of(site.root(), site.output()).withBaseUrl(URI.create(base)));
            assertFalse(result.hasErrors(), () -> String.join("\n", site.problems()));
            built.serve(site.output().toRealPath());
            for (String page : List.of("en/", "en/news/", "en/news/summit/", "en/pact/government/")) {
                for (int width : new int[] {375, 1280}) {
                    browser.viewport(width);
                    browser.open(base + page);
                    String expected = (String) browser.script(STYLES);
                    browser.open(preview.address().resolve("/" + page).toString());
                    assertTrue((Boolean) browser.script("return !!document.querySelector('link[href=\"/__live/preview.css\"]');"),
                            "the preview's stylesheet is loaded (else this test compares nothing)");
                    assertEquals(expected, browser.script(STYLES), "/" + page + " at " + width + " px looks different in the preview");
                }
            }
        }
    }

    @Test
    void aDraftCardShowsItsTitleDateAndSummaryWithADraftBadge() throws Exception {
        Browser.requireChromium();
        TestSite site = TestSite.write(dir, Sites.minimal(NEWS));
        try (Browser browser = Browser.start();
                PreviewServer preview = PreviewServer.start(site.root(), 0, true, new PrintWriter(new StringWriter(), true))) {
            for (int width : new int[] {320, 375, 1280}) {
                browser.viewport(width);
                browser.open(preview.address().resolve("/en/news/").toString());
                String draft = "document.querySelector('a[data-preview-draft]')";
                assertEquals("Forum on intermediary cities",
                        browser.script("return " + draft + ".textContent.replace('draft', '').trim();"));
                // The card's stretched link covers the card with a transparent ::after; the draft mark must not paint over it.
                String published = "document.querySelector('a[href=\"/en/news/summit/\"]')";
                assertEquals(browser.script("var s = getComputedStyle(" + published + ", '::after'); return s.content + ' ' + s.backgroundColor;"),
                        browser.script("var s = getComputedStyle(" + draft + ", '::after'); return s.content + ' ' + s.backgroundColor;"),
                        "the draft card's clickable area is as transparent as the others at " + width + " px");
                for (String text : List.of("Forum on intermediary cities", "The forum met in Kütahya.", "4 October 2021")) {
                    assertTrue((Boolean) browser.script("var card = " + draft + ".closest('li');"
                            + " var walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT); var node;"
                            + " while ((node = walker.nextNode())) { if (node.textContent.indexOf(arguments[0]) >= 0) {"
                            + "   var range = document.createRange(); range.selectNodeContents(node); var r = range.getBoundingClientRect();"
                            + "   var style = getComputedStyle(node.parentElement);"
                            + "   return r.width > 0 && r.height > 0 && style.visibility === 'visible' && style.color !== style.backgroundColor; } }"
                            + " return false;", text), "'" + text + "' is visible on the draft card at " + width + " px");
                }
                assertEquals("draft", browser.script("return " + draft + ".querySelector('.preview-draft-badge').textContent;"));
                assertTrue(((Number) browser.script("return " + draft + ".querySelector('.preview-draft-badge').getBoundingClientRect().width;")).doubleValue() > 10);
                browser.screenshot("preview-draft-card-" + width);
            }
        }
    }
}
