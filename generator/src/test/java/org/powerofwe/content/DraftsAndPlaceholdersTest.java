package org.powerofwe.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/** What {@code site new} writes cannot reach readers unfinished, and a draft translation is not "current". */
class DraftsAndPlaceholdersTest {

    @TempDir
    Path dir;

    private static final String NEWS = """
            -- content/news/_index.en.md --
            ---
            title: News
            ---
            """;

    @Test
    void theScaffoldsPlaceholdersAreAnErrorOnceDraftIsRemoved() throws IOException {
        TestSite site = TestSite.write(dir, Sites.minimal(NEWS));
        assertEquals(0, site.run("new", "article", "world-council").exitCode());
        site.buildOk();

        Path file = site.root().resolve("content/news/world-council.en.md");
        Files.writeString(file, Files.readString(file).replaceAll("draft: true.*\\n", ""));
        site.build();
        site.assertFailed()
                .assertProblem("content/news/world-council.en.md:3:10: error:", "its summary is still the example that ./site new wrote")
                .assertProblem("content/news/world-council.en.md:7:1: error:", "still has the text that ./site new wrote for you");
    }

    @Test
    void aDraftTranslationIsNotCountedAsCurrent() throws IOException {
        TestSite site = TestSite.write(dir, Sites.minimal(NEWS + """
                -- content/news/world-council.en.md --
                ---
                title: World Council
                date: 2021-11-01
                ---
                The World Council met.
                """));
        assertEquals(0, site.run("new", "article", "world-council", "--lang", "fr").exitCode());
        String status = site.run("translations").out();
        assertTrue(status.contains("fr  Français: 0 current, 4 outdated"), status);
        assertTrue(status.contains("content/news/world-council.fr.md: a draft (remove 'draft: true' when the translation is done)"), status);

        Path fr = site.root().resolve("content/news/world-council.fr.md");
        Files.writeString(fr, Files.readString(fr).replaceAll("draft: true.*\\n", ""));
        String published = site.run("translations").out();
        assertTrue(published.contains("fr  Français: 1 current, 3 outdated"), "once published it is current:\n" + published);
    }
}
