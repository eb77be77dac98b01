package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/** Staff start a page with {@code site new}; what they get must build at once and never replace their work. */
class NewCommandTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.write(dir, Sites.minimal(Sites.SECTIONS));
    }

    @Test
    void everyContentTypeStartsAsADraftThatBuildsWithoutProblems() throws Exception {
        TestSite site = site();
        String[][] pages = {{"pledge", "local-autonomy", "content/pledges/local-autonomy.en.md"},
                {"undertaking", "open-data", "content/undertakings/open-data.en.md"},
                {"chapter", "outlook", "content/report/2021/outlook.en.md"},
                {"campaign", "cities-care", "content/campaigns/cities-care.en.md"},
                {"article", "council-2022", "content/news/council-2022.en.md"},
                {"axis", "prosperity", "content/pact/prosperity.en.md"},
                {"page", "about", "content/about.en.md"}};
        for (String[] page : pages) {
            TestSite.CommandRun run = site.run("new", page[0], page[1]);
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            String text = Files.readString(site.root().resolve(page[2]));
            assertTrue(text.contains("draft: true"), page[2] + " starts as a draft");
        }
        site.build(BuildOptions.of(site.root(), site.output()).withDrafts(true));
        site.assertNoProblems();
        assertTrue(site.exists("en/pledges/local-autonomy/index.html"));
        site.buildOk();
        assertTrue(!site.exists("en/pledges/local-autonomy/index.html"), "drafts are not published");
    }

    @Test
    void neverOverwritesAnExistingPage() throws Exception {
        TestSite site = site();
        Path government = site.root().resolve("content/pact/government.en.md");
        String before = Files.readString(government);
        TestSite.CommandRun run = site.run("new", "axis", "government");
        assertEquals(ExitCodes.CONTENT_ERRORS, run.exitCode());
        assertTrue(run.err().contains("content/pact/government.en.md already exists"), run.err());
        assertEquals(before, Files.readString(government));
    }

    @Test
    void aTranslationStartsFromTheSourceAndRecordsItsRevision() throws Exception {
        TestSite site = site();
        assertEquals(ExitCodes.OK, site.run("new", "pledge", "local-autonomy").exitCode());
        TestSite.CommandRun run = site.run("new", "pledge", "local-autonomy", "--lang", "fr");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String translation = Files.readString(site.root().resolve("content/pledges/local-autonomy.fr.md"));
        assertTrue(translation.matches("(?s).*translationOf: [0-9a-f]{12}\n.*"), translation);
        assertTrue(translation.contains("draft: true"));
        site.build(BuildOptions.of(site.root(), site.output()).withDrafts(true));
        site.assertNoProblems();
        assertTrue(site.run("translations").out().contains("pledges/local-autonomy"), "the status knows the new page");
    }

    @Test
    void refusesNamesThatCannotBeAddressesAndUnknownTypes() {
        TestSite site = site();
        assertEquals(ExitCodes.USAGE, site.run("new", "pledge", "Local Autonomy").exitCode());
        assertEquals(ExitCodes.USAGE, site.run("new", "poem", "x").exitCode());
        assertEquals(ExitCodes.CONTENT_ERRORS, site.run("new", "pledge", "nothing-yet", "--lang", "fr").exitCode());
    }
}
