package org.powerofwe.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/** A feed reader gets the newest news in full, not a feed that grows by a page with every article ever written. */
class FeedTest {

    @Test
    void theFeedCarriesTheThirtyNewestItemsNewestFirst(@TempDir Path dir) {
        StringBuilder news = new StringBuilder("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                """);
        for (int day = 1; day <= 35; day++) {
            news.append("-- content/news/item-").append(day).append(".en.md --\n---\ntitle: Item ").append(day)
                    .append("\ndate: 2021-03-").append(String.format("%02d", Math.min(day, 28))).append("\n---\nText of item ").append(day).append(".\n");
        }
        TestSite site = TestSite.write(dir, Sites.minimal(news.toString())).buildOk();
        Document feed = Jsoup.parse(site.file("en/feed.xml"), "", Parser.xmlParser());
        List<String> titles = feed.select("entry > title").eachText();
        assertEquals(30, titles.size(), titles.toString());
        // Days 28 to 35 share the 28th; among equal dates the order is by address, so it never changes.
        assertEquals(List.of("Item 28", "Item 29", "Item 30", "Item 31", "Item 32", "Item 33", "Item 34", "Item 35", "Item 27", "Item 26"),
                titles.subList(0, 10));
        assertEquals("Item 6", titles.get(29));
        assertEquals("<p>Text of item 35.</p>", feed.select("entry > title:containsOwn(Item 35) ~ content").text().strip());
    }
}
