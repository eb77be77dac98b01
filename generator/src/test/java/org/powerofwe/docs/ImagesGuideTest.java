package org.powerofwe.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.images.TestImages;
import org.powerofwe.testing.RepoPaths;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * Follows the staff guide's page on photos (docs/images.md) as written: its example page, with
 * photos the test draws in place of real ones, builds and shows the cover, caption and credit.
 */
class ImagesGuideTest {

    private static final Pattern MARKDOWN_BLOCK = Pattern.compile("```markdown\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern FILE = Pattern.compile("[a-z0-9-]+\\.jpg");

    @TempDir
    Path dir;

    @Test
    void theGuidesExamplePageBuildsWithItsCoverCaptionAndCredit() throws IOException {
        String guide = Files.readString(RepoPaths.root().resolve("docs/images.md"));
        Matcher block = MARKDOWN_BLOCK.matcher(guide);
        assertTrue(block.find(), "docs/images.md shows an example page");
        String example = block.group(1);
        TestSite site = TestSite.write(dir, Sites.minimal("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                """));
        site.writeFile("content/news/daejeon-congress.en.md", example);
        Matcher file = FILE.matcher(example);
        while (file.find()) {
            site.writeBytes("content/news/" + file.group(), TestImages.jpeg(2400, 1600));
        }
        site.buildOk();
        Document page = site.html("en/news/daejeon-congress/index.html");
        assertEquals("Mayors and governors on the stage of the congress", page.expectFirst("figure.cover img").attr("alt"));
        assertEquals("The opening session of the World Congress · Photo: UCLG", page.expectFirst("figure.cover figcaption").text());
        assertEquals("The plenary hall on the first day", page.expectFirst(".prose figure figcaption").text());
        assertEquals("Delegates filling the plenary hall", page.expectFirst(".prose figure img").attr("alt"));
    }
}
