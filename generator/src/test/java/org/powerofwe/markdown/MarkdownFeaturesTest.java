package org.powerofwe.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/** What staff can write in Markdown, and what the site does with it. */
class MarkdownFeaturesTest {

    @TempDir
    static Path dir;

    static Document page;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.write(dir, Sites.minimal("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                ## Coopération décentralisée

                ## Coopération décentralisée

                ### Œuvres & cœur: l'été 2021

                | City | Country |
                |:-----|--------:|
                | Izmir | Turkey |

                ~~old~~ text with a footnote[^1] and https://www.uclg.org as a bare address.

                [^1]: The footnote.

                Raw <b>bold</b> <script>alert(1)</script> <img src="x.png" onerror="alert(1)">
                <a href="JaVaScRiPt:alert(1)">js</a> <a href="data:text/html,x">data</a> <span lang="fr" onclick="x()">en français</span>

                [lower](javascript:alert(2)) [vb](vbscript:msgbox) [mail](mailto:info@example.org) [gov](../pact/government.md#our-vision)

                `{{< metric not-parsed-in-code >}}`
                """)).buildOk();
        page = site.html("en/news/index.html");
    }

    @Test
    void headingIdsAreReadableUniqueAndWithoutAccents() {
        assertEquals(List.of("cooperation-decentralisee", "cooperation-decentralisee-2", "oeuvres-coeur-l-ete-2021"),
                page.select(".prose h2, .prose h3").eachAttr("id"));
    }

    @Test
    void tablesStrikethroughFootnotesAndAutolinks() {
        Element table = page.selectFirst(".prose table");
        assertNotNull(table);
        assertEquals("Izmir", table.selectFirst("tbody td").text());
        assertNotNull(page.selectFirst(".prose del"));
        assertNotNull(page.selectFirst(".prose sup a[href=#fn-1]"));
        assertNotNull(page.selectFirst(".prose a[href=https://www.uclg.org]"));
    }

    @Test
    void externalLinksDoNotLeakTheOpenerOrReferrer() {
        assertEquals("noopener noreferrer", page.selectFirst(".prose a[href=https://www.uclg.org]").attr("rel"));
        assertEquals("", page.selectFirst(".prose a[href^=/power-of-we/en/pact]").attr("rel"));
    }

    @Test
    void rawHtmlIsCleanedOfScriptsHandlersAndDangerousLinks() {
        String prose = page.selectFirst(".prose").html();
        assertNotNull(page.selectFirst(".prose b"));
        assertFalse(prose.contains("<script"), prose);
        assertFalse(prose.toLowerCase().contains("onerror") || prose.toLowerCase().contains("onclick"), prose);
        assertFalse(prose.toLowerCase().contains("javascript:") || prose.contains("vbscript:") || prose.contains("data:text"), prose);
        assertEquals("fr", page.selectFirst(".prose span[lang]").attr("lang"), "a passage's language is kept");
    }

    @Test
    void dangerousMarkdownLinksAreRemovedWithAWarningAtTheirLine() {
        assertTrue(site.problems().stream().anyMatch(p -> p.startsWith("content/news/_index.en.md:21:1: warning: link to 'javascript:alert(2)' removed")), site.problemText());
        assertTrue(site.problems().stream().anyMatch(p -> p.startsWith("content/news/_index.en.md:21:30: warning: link to 'vbscript:msgbox' removed")), site.problemText());
        assertEquals("mailto:info@example.org", page.select(".prose a").stream().filter(a -> a.text().equals("mail")).findFirst().orElseThrow().attr("href"));
    }

    @Test
    void linksToOtherPagesKeepTheirAnchor() {
        assertEquals("/power-of-we/en/pact/government/#our-vision", page.selectFirst(".prose a[href^=/power-of-we/en/pact]").attr("href"));
    }

    @Test
    void textThatLooksLikeAChartPlaceholderIsNeitherACrashNorASecondChart(@TempDir Path other) {
        // Charts wait for the sanitiser behind a placeholder of private-use characters. Written as
        // character references on a page with a chart, '&#xE000;x&#xE001;' stopped the build as a
        // "bug in the generator" (exit 70), and '&#xE000;0&#xE001;' copied the chart into the text
        // and into a link's title. Found by MarkdownFuzzTest.
        TestSite charted = TestSite.write(other, Sites.minimal("""
                -- content/report/_index.en.md --
                ---
                title: Reports
                ---
                -- content/report/2021/_index.en.md --
                ---
                title: Report 2021
                year: 2021
                ---
                -- content/report/2021/gatherings.en.md --
                ---
                title: Gatherings
                year: 2021
                weight: 1
                chapter: "1"
                ---
                {{< figures members >}}

                Private-use characters &#xE000;x&#xE001; and &#xE000;0&#xE001;, [a link](https://example.org/ "&#xE000;0&#xE001;").
                -- content/data/metrics/figures.yml --
                metrics:
                  - id: members
                    value: 240
                    unit: count
                    period: "2021"
                    chapter: gatherings
                    label: { en: Members, fr: Membres, es: Miembros }
                """));
        TestSite.CommandRun build = charted.run("build");
        assertEquals(0, build.exitCode(), build.err());
        Document chapter = charted.html("en/report/2021/gatherings/index.html");
        assertEquals(1, chapter.select(".prose .figure-cards").size(), chapter.selectFirst(".prose").html());
        assertEquals("https://example.org/", chapter.selectFirst("a[title]").attr("href"));
        assertFalse(chapter.selectFirst("a[title]").attr("title").contains("<"), chapter.selectFirst("a[title]").outerHtml());
    }

    @Test
    void rawHtmlThatWouldHideTheRestOfThePageIsAnErrorAtItsLine(@TempDir Path other) {
        // Once cleaned, an unclosed quote or a <script> left open swallowed everything after it:
        // text, headings and charts vanished from the page without a word. Found by MarkdownFuzzTest.
        TestSite unclosedTag = TestSite.write(other.resolve("tag"), Sites.minimal("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                <div title="unclosed>
                Text after the div.
                </div>

                <!-- a comment never closed

                ## A heading that must not vanish
                """));
        unclosedTag.build();
        unclosedTag.assertFailed()
                .assertProblem("content/news/_index.en.md:4:1: error:", "this HTML tag is not closed (a quote or '>' is missing)")
                .assertProblem("content/news/_index.en.md:8:1: error:", "this HTML comment is never closed");

        TestSite openScript = TestSite.write(other.resolve("script"), Sites.minimal("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                A sentence with a <script> in it.

                ## A heading that must not vanish
                """));
        openScript.build();
        openScript.assertFailed().assertProblem("content/news/_index.en.md:4:19: error:", "<script> is never closed, so everything after it would disappear");
        assertEquals(1, openScript.problems().size(), "one problem, not an extra warning: " + openScript.problemText());

        // "</=" is not an end tag: browsers hide everything from it to the next '>', which was in
        // the chart's HTML, so the chart vanished. Found by MarkdownFuzzTest. When a '>' in the same
        // piece of HTML ends it, only the text up to it is hidden: a warning.
        TestSite bogusComment = TestSite.write(other.resolve("bogus"), Sites.minimal("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                <div>Less than </= more

                <div>a declaration <!x and more</div>

                ## A heading that must not vanish
                """));
        bogusComment.build();
        bogusComment.assertFailed()
                .assertProblem("content/news/_index.en.md:4:16: error:",
                        "\"</=\" is not an HTML tag, and browsers hide everything after it up to the next '>': there is none")
                .assertProblem("content/news/_index.en.md:6:20: warning:", "\"<!x\" is not an HTML tag: browsers hide the text from it to the next '>'");
        assertEquals(2, bogusComment.problems().size(), bogusComment.problemText());
    }

    @Test
    void aClosedScriptIsRemovedWithAWarningAndTheRestOfThePageStays() {
        assertTrue(site.problems().stream().anyMatch(p -> p.startsWith("content/news/_index.en.md:18:17: warning: <script> removed from the page")),
                site.problemText());
        assertEquals("fr", page.selectFirst(".prose span[lang]").attr("lang"), "the text after the script is still there");
    }

    @Test
    void shortcodesInCodeStayLiteral() {
        assertEquals("{{< metric not-parsed-in-code >}}", page.selectFirst(".prose code").text());
    }
}
