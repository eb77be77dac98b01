package org.powerofwe.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.RepoPaths;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * The English text a translation was made from survives the guide's commit ({@code git add
 * content/}), so a translator on a fresh clone still sees what changed in the English page.
 */
class TranslationHistoryTest {

    @TempDir
    Path dir;

    private static final String PLEDGE = Sites.PLEDGES + """
            -- content/pledges/local-autonomy.en.md --
            ---
            title: Local autonomy
            axis: government
            weight: 1
            ---
            Cities need real powers.

            And the money to use them.
            """;

    @Test
    void aTranslationStartedWithNewShowsItsDiffOnAFreshCloneOfContent() throws IOException {
        TestSite site = TestSite.write(dir.resolve("laptop"), Sites.minimal(PLEDGE));
        TestSite.CommandRun created = site.run("new", "pledge", "local-autonomy", "--lang", "fr");
        assertEquals(0, created.exitCode(), created.err());

        // What the publishing guide commits: content/ (and the configuration and theme already in the repository).
        Path clone = dir.resolve("clone");
        for (String part : new String[] {"site-config.yml", "content", "themes"}) {
            RepoPaths.copyTree(site.root().resolve(part), clone.resolve(part));
        }
        Path english = clone.resolve("content/pledges/local-autonomy.en.md");
        Files.writeString(english, Files.readString(english).replace("real powers", "genuine powers"));
        TestSite.CommandRun diff = TestSite.write(clone.getParent().resolve("unused"), Sites.minimal("")).run("translations", "--diff",
                "--source", clone.toString());
        assertEquals(0, diff.exitCode(), diff.err());
        assertTrue(diff.out().contains("Cities need [-real-]{+genuine+} powers."), "the translator sees what changed:\n" + diff.out());
    }

    @Test
    void checkWarnsWhenTheTextOfARecordedRevisionIsMissing() throws IOException {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGE));
        assertEquals(0, site.run("new", "pledge", "local-autonomy", "--lang", "fr").exitCode());
        Path fr = site.root().resolve("content/pledges/local-autonomy.fr.md");
        Files.writeString(fr, Files.readString(fr).replaceAll("draft: true.*\\n", "").replace("title: Local autonomy", "title: Autonomie locale"));
        assertFalse(site.run("check").err().contains("is not stored"), "a translation made with ./site new has its source text");

        try (Stream<Path> stored = Files.list(site.root().resolve("content/.translation-sources"))) {
            for (Path file : stored.toList()) {
                Files.delete(file);
            }
        }
        TestSite.CommandRun check = site.run("check");
        assertTrue(check.err().contains("content/pledges/local-autonomy.fr.md:1:1: warning: the en text of revision "), check.err());
        assertTrue(check.err().contains("hint: run ./site translations --mark fr pledges/local-autonomy to store it, then commit content/"), check.err());
    }

    @Test
    void textsKeptInTheOldFolderAreStillReadAndMovedIntoContentByTheNextMark() throws IOException {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGE));
        assertEquals(0, site.run("new", "pledge", "local-autonomy", "--lang", "fr").exitCode());
        Path stored = site.root().resolve("content/.translation-sources");
        Path legacy = site.root().resolve("translation-sources");
        Files.move(stored, legacy);
        Path english = site.root().resolve("content/pledges/local-autonomy.en.md");
        Files.writeString(english, Files.readString(english).replace("the money", "the budget"));
        String diff = site.run("translations", "--diff").out();
        assertTrue(diff.contains("And the [-money-]{+budget+} to use them."), "texts stored by earlier versions in translation-sources/ still give the diff:\n" + diff);

        assertEquals(0, site.run("translations", "--mark", "fr", "pledges/local-autonomy").exitCode());
        assertFalse(Files.exists(legacy), "the old folder was emptied into content/.translation-sources/");
        try (Stream<Path> files = Files.list(stored)) {
            assertEquals(2, files.count(), "both revisions are now kept in content/");
        }
    }
}
