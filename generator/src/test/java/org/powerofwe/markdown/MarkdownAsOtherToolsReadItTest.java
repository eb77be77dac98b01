package org.powerofwe.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * Markdown that other CommonMark and GitHub tools read one way and flexmark 0.64.8 alone another
 * (see {@code markdown/commonmark/}), built as a whole site: what a page written and previewed
 * elsewhere shows once published here.
 */
class MarkdownAsOtherToolsReadItTest {

    private static TestSite site(Path dir, String body) {
        return TestSite.write(dir, Sites.minimal("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                """ + body));
    }

    private static Element prose(TestSite site) {
        return site.html("en/news/index.html").selectFirst(".prose");
    }

    @Test
    void editorsCommentsWithDashesOrEmptyAreHiddenNotPrinted(@TempDir Path dir) {
        // A note for editors with "--" inside was printed on the page, "<!-- ... -->" and all, and
        // "<!-->" stopped the build as a comment never closed.
        TestSite site = site(dir, """
                Before <!-- check the figure -- ask Ana --> after.

                Empty <!--> comment.
                """).buildOk();
        Element prose = prose(site);
        assertEquals(List.of("Before after.", "Empty comment."), prose.select("p").eachText(), prose.html());
        assertFalse(site.problemText().contains("error"), site.problemText());
    }

    @Test
    void codeSpansKeepTheirSpacesAndPipesInTables(@TempDir Path dir) {
        // flexmark collapsed "a  b" to "a b" and showed the backslash of \| in a table's code.
        TestSite site = site(dir, """
                Align with `a  b`, and a lone space: ` `.

                | Syntax |
                | --- |
                | `x \\| y` |
                """).buildOk().assertNoProblems();
        List<Element> code = prose(site).select("code");
        assertEquals(List.of("a  b", " ", "x | y"), code.stream().map(Element::wholeText).toList(), prose(site).html());
    }

    @Test
    void linesRightUnderATableAreItsRowsAsOnGitHub(@TempDir Path dir) {
        // flexmark ended the table at the first line without '|' and made the rest a paragraph.
        TestSite site = site(dir, """
                | City | Pledges |
                | --- | --- |
                | Izmir | 3 |
                Durban

                After the table.
                """).buildOk().assertNoProblems();
        Document page = site.html("en/news/index.html");
        List<Element> rows = page.select(".prose tbody tr");
        assertEquals(2, rows.size(), page.selectFirst(".prose").html());
        assertEquals(List.of("Durban", ""), rows.get(1).select("td").stream().map(Element::text).toList());
        assertEquals(List.of("After the table."), page.select(".prose > p").eachText());
    }

    @Test
    void aListMarkerIndentedFourSpacesPastItsListContinuesTheItem(@TempDir Path dir) {
        // Each item one space further in came out as a flat list of five items; CommonMark reads
        // the fifth line as text of the fourth item.
        TestSite site = site(dir, """
                - a
                 - b
                  - c
                   - d
                    - e
                """).buildOk().assertNoProblems();
        assertEquals(List.of("a", "b", "c", "d - e"), prose(site).select("li").eachText(), prose(site).html());
    }

    @Test
    void emphasisNextToCurrencySymbolsAndInsideWordsReadsAsElsewhere(@TempDir Path dir) {
        // "*€*millions" became emphasis, and foo***bar***baz stayed as written.
        TestSite site = site(dir, """
                Budget in *€*millions.

                Inside a word: foo***bar***baz.
                """).buildOk().assertNoProblems();
        List<Element> paragraphs = prose(site).select("p");
        assertEquals("Budget in *€*millions.", paragraphs.get(0).text(), paragraphs.get(0).html());
        assertEquals("bar", paragraphs.get(1).selectFirst("em strong").text(), paragraphs.get(1).html());
    }
}
