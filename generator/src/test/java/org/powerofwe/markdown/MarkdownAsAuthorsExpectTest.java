package org.powerofwe.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/** Markdown that staff write as on GitHub or in any CommonMark editor, built as a whole site. */
class MarkdownAsAuthorsExpectTest {

    private static TestSite site(Path dir, String body) {
        return TestSite.write(dir, Sites.minimal("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                """ + body));
    }

    @Test
    void bracketsWithoutALinkDefinitionStayAsWritten(@TempDir Path dir) {
        // "[sic]", a note number, code-like text and a task list each became a build error and a
        // link with no target, and the brackets vanished from the sentence.
        TestSite site = site(dir, """
                He wrote "recieve" [sic] as quoted in [1], see arr[i] and [Undefined *ref*][nope].

                [defined]: https://www.uclg.org/

                A [defined] reference still links.
                """).buildOk().assertNoProblems();
        Element prose = site.html("en/news/index.html").selectFirst(".prose");
        assertTrue(prose.text().contains("\"recieve\" [sic] as quoted in [1], see arr[i] and [Undefined ref][nope]."), prose.text());
        assertEquals(List.of("https://www.uclg.org/"), prose.select("a").eachAttr("href"));
    }

    @Test
    void taskListsShowDisabledBoxesNotBrokenLinks(@TempDir Path dir) {
        TestSite site = site(dir, """
                - [x] Draft the pledge
                - [ ] Translate it
                - not a task
                """).buildOk().assertNoProblems();
        Document page = site.html("en/news/index.html");
        List<Element> boxes = page.select(".prose li input[type=checkbox]");
        assertEquals(2, boxes.size(), page.selectFirst(".prose").html());
        assertTrue(boxes.get(0).hasAttr("checked") && boxes.get(0).hasAttr("disabled"));
        assertFalse(boxes.get(1).hasAttr("checked"));
        assertEquals("Translate it", page.select(".prose li").get(1).text());
        assertTrue(page.select(".prose a").isEmpty());
    }

    @Test
    void taskListBoxesSurviveTheCleaningOfRawHtmlAndNoFieldCanBeTypedInto(@TempDir Path dir) {
        // A page with raw HTML goes through the cleaner, which dropped the boxes (input is a form
        // field); any other input written in HTML becomes a disabled box with no name or value.
        TestSite site = site(dir, """
                - [x] Done <b>now</b>

                <input type="text" name="password" value="x">
                """).buildOk();
        Document page = site.html("en/news/index.html");
        assertTrue(page.selectFirst(".prose li input").hasAttr("checked"), page.selectFirst(".prose").html());
        for (Element input : page.select(".prose input")) {
            assertEquals("checkbox", input.attr("type"), input.outerHtml());
            assertTrue(input.hasAttr("disabled") && !input.hasAttr("name") && !input.hasAttr("value"), input.outerHtml());
        }
    }

    @Test
    void bareWebAndMailAddressesBecomeLinks(@TempDir Path dir) {
        // www.uclg.org was read as a file of the site (an error, a link to nowhere) and
        // info@uclg.org became "mailto:#power-of-we-removed-link".
        TestSite site = site(dir, """
                Visit www.uclg.org or https://www.uclg.org/en/search?q=pact&lang=en, write to info@uclg.org.
                """).buildOk().assertNoProblems();
        Element prose = site.html("en/news/index.html").selectFirst(".prose");
        assertEquals(List.of("http://www.uclg.org", "https://www.uclg.org/en/search?q=pact&lang=en", "mailto:info@uclg.org"),
                prose.select("a").eachAttr("href"));
        assertEquals("info@uclg.org", prose.select("a").get(2).text());
    }

    @Test
    void fileLinksKeepTheirQueryAndEncodedCharacters(@TempDir Path dir) {
        // "?page=2" was dropped, and a file named "report#1.pdf" linked as report%231.pdf came out
        // as report#1.pdf, which the browser reads as report + anchor "1.pdf".
        TestSite site = site(dir, """
                [Annex](../files/annex.pdf?download=1#page=3) and [first report](../files/report%231.pdf).
                """);
        site.writeFile("content/files/annex.pdf", "%PDF-1.4\n");
        site.writeFile("content/files/report#1.pdf", "%PDF-1.4\n");
        site.buildOk().assertNoProblems();
        List<String> hrefs = site.html("en/news/index.html").select(".prose a").eachAttr("href");
        assertEquals(List.of("/power-of-we/files/annex.pdf?download=1#page=3", "/power-of-we/files/report%231.pdf"), hrefs);
    }

    @Test
    void deepNestingIsAnErrorAtItsLineNotAStackTrace(@TempDir Path dir) {
        // 5,000 nested quotes stopped the build with a StackOverflowError that named no file.
        TestSite site = site(dir, "Intro.\n\n" + "> ".repeat(5000) + "deep\n");
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:6:1: error:", "nested here more than 100 levels deep");
    }

    @Test
    void deepListsAreAnErrorAtTheFirstLineTooDeep(@TempDir Path dir) {
        // Thousands of nested list items took minutes, then overflowed the stack; the 101st level is the error.
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        TestSite site = site(dir, list.toString());
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:104:1: error:", "more than 100 levels deep");
    }

    @Test
    void everyUnclosedRawTextElementIsAnErrorNotOnlyTheFirst(@TempDir Path dir) {
        // Only the first unclosed <xmp> was caught; the second still hid the rest of the page.
        TestSite site = site(dir, """
                <xmp>first

                Between.

                <textarea>second

                <title>third
                """);
        site.build();
        site.assertProblem("content/news/_index.en.md:4:1: error:", "<xmp> is never closed")
                .assertProblem("content/news/_index.en.md:8:1: error:", "<textarea> is never closed")
                .assertProblem("content/news/_index.en.md:10:1: error:", "<title> is never closed");
    }

    @Test
    void closedElementsThatLoseTheirTextAreReported(@TempDir Path dir) {
        TestSite site = site(dir, """
                <xmp>shown as written</xmp>

                <noembed>fallback text</noembed>

                After.
                """).buildOk();
        site.assertProblem("content/news/_index.en.md:4:1: warning:", "<xmp> removed from the page with the text it holds")
                .assertProblem("content/news/_index.en.md:6:1: warning:", "<noembed> removed from the page with the text it holds");
        assertTrue(site.html("en/news/index.html").selectFirst(".prose").text().contains("After."));
    }

    @Test
    void anUnclosedBoldTagDoesNotTurnTheRestOfThePageBold(@TempDir Path dir) {
        TestSite site = site(dir, """
                Some <b>bold text that is never closed.

                A later paragraph, <em>closed</em> properly.

                ## A heading
                """).buildOk();
        site.assertProblem("content/news/_index.en.md:4:6: warning:", "<b> is not closed in its paragraph");
        Document page = site.html("en/news/index.html");
        assertTrue(page.select(".prose b").isEmpty(), page.selectFirst(".prose").html());
        assertTrue(page.selectFirst(".prose p").text().contains("<b>bold text"), page.selectFirst(".prose").html());
        assertNotNull(page.selectFirst(".prose em"));
    }

    @Test
    void detailsAndSummaryAreKept(@TempDir Path dir) {
        TestSite site = site(dir, """
                <details>
                <summary>Methodology</summary>

                The figures come from the **2021 report**.

                </details>
                """).buildOk().assertNoProblems();
        Element details = site.html("en/news/index.html").selectFirst(".prose details");
        assertNotNull(details);
        assertEquals("Methodology", details.selectFirst("summary").text());
        assertNotNull(details.selectFirst("strong"));
    }

    @Test
    void tablesFollowTheGfmRules(@TempDir Path dir) {
        // A short row is filled, extra cells are dropped, a one-dash delimiter row is a table, and
        // a delimiter row that does not match the header is not a table.
        TestSite site = site(dir, """
                | City | Country |
                |-|-:|
                | Izmir |
                | Durban | South Africa | extra |

                | a | b |
                | --- |
                | c | d |
                """).buildOk();
        Document page = site.html("en/news/index.html");
        assertEquals(1, page.select(".prose table").size(), page.selectFirst(".prose").html());
        List<Element> rows = page.select(".prose table tbody tr");
        assertEquals(2, rows.get(0).select("td").size());
        assertEquals(List.of("Durban", "South Africa"), rows.get(1).select("td").eachText());
        assertEquals("right", page.select(".prose th").get(1).attr("align"), page.selectFirst(".prose table").outerHtml());
    }
}
