package org.powerofwe.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * An axis states a vision only where the sources give one: an axis page without {@code vision}
 * builds, and shows no "Our vision" box, rather than forcing writers to invent a statement.
 */
class AxisVisionTest {

    @TempDir
    Path dir;

    @Test
    void anAxisWithoutAVisionBuildsAndShowsNoVisionBox() {
        TestSite site = TestSite.write(dir, Sites.minimal("""
                -- content/pact/people.en.md --
                ---
                title: People
                summary: What the report says of caring for people.
                axis: people
                weight: 1
                ---
                What the report says of this area in 2021.
                """));
        site.buildOk();
        Document people = site.html("en/pact/people/index.html");
        assertNull(people.selectFirst(".vision"), "no vision box on an axis whose sources state no vision");
        assertEquals("What the report says of this area in 2021.", people.selectFirst(".prose p").text());
        // The Pact's overview would otherwise show an empty card for an axis without a vision.
        assertEquals("What the report says of caring for people.",
                site.html("en/pact/index.html").selectFirst(".axis-people .axis-card__vision").text());
        Document government = site.html("en/pact/government/index.html");
        assertNotNull(government.selectFirst(".vision__statement"), "an axis with a vision still shows it");
        assertEquals("Municipalism is the driving force.", government.selectFirst(".vision__statement").text());
    }
}
