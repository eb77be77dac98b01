package org.powerofwe.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * A site with many annual reports: their PDFs are made a few at a time beside the pages, and the
 * pages that link to a PDF are rendered once it is made. A reader still gets every year's PDF,
 * and every cover and chapter links to its own year's PDF with its true size (a page rendered too
 * early would show no size, or another year's).
 */
class ManyReportPdfsTest {

    private static final List<Integer> YEARS = List.of(2016, 2017, 2018, 2019, 2020, 2021);

    @TempDir
    Path dir;

    private static String year(int year) {
        StringBuilder site = new StringBuilder("-- content/report/" + year + "/_index.en.md --\n---\ntitle: \"Annual Report " + year
                + "\"\nsummary: The year " + year + ".\nyear: " + year + "\n---\nThe year in [chapters](c1.md).\n");
        for (int chapter = 1; chapter <= 3; chapter++) {
            site.append("-- content/report/").append(year).append("/c").append(chapter).append(".en.md --\n---\ntitle: \"Chapter ")
                    .append(chapter).append(" of ").append(year).append("\"\nyear: ").append(year).append("\nweight: ").append(chapter)
                    .append("\nchapter: \"").append(chapter).append("\"\n---\n").append(("What the members did in " + year + ". ").repeat(chapter * 40))
                    .append("\n");
        }
        return site.toString();
    }

    @Test
    void everyYearHasItsPdfAndEveryPageLinksToItsOwnYearsPdfWithItsSize() throws IOException {
        StringBuilder content = new StringBuilder("-- content/report/_index.en.md --\n---\ntitle: Reports\n---\n");
        YEARS.forEach(year -> content.append(year(year)));
        TestSite site = TestSite.write(dir, Sites.minimal(content.toString())).buildOk();

        for (int year : YEARS) {
            String pdf = "en/report/" + year + "/report-" + year + "-en.pdf";
            byte[] bytes = Files.readAllBytes(site.output().resolve(pdf));
            assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII), pdf);
            String size = "PDF, " + Math.round(bytes.length / 1000.0) + " KB";
            for (String page : List.of("", "c1/", "c2/", "c3/")) {
                Element link = site.html("en/report/" + year + "/" + page + "index.html").selectFirst("a.download__link");
                assertEquals("/power-of-we/" + pdf, link.attr("href"), year + "/" + page);
                assertTrue(link.text().replace('\u00A0', ' ').contains(size), year + "/" + page + ": " + link.text() + " (expected " + size + ")");
            }
        }
    }
}
