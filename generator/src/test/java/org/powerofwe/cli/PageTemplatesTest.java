package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.testing.RepoPaths;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * Staff shape new pages by editing the templates in {@code archetypes/} (Hugo's archetypes):
 * {@code ./site new} uses them, reports a broken one at its own line, and falls back to the
 * built-in template when a type has none.
 */
class PageTemplatesTest {

    @TempDir
    Path dir;

    /** A pledge of weight 4: one made without a template comes next, at weight 5. */
    private static final String SUBSIDIARITY = """
            -- content/pledges/subsidiarity.en.md --
            ---
            title: Subsidiarity
            summary: Decisions closest to people.
            axis: government
            weight: 4
            ---
            Text.
            """;

    private TestSite site(String extra) {
        return TestSite.write(dir, Sites.minimal(Sites.SECTIONS + SUBSIDIARITY + extra));
    }

    private String read(TestSite site, String path) throws Exception {
        return Files.readString(site.root().resolve(path));
    }

    /** Without this, the press team's template (their own sections, a fixed contact line) is ignored by ./site new. */
    @Test
    void theNewPageIsMadeFromTheTemplateStaffEdited() throws Exception {
        TestSite site = site("""
                -- archetypes/article.md --
                ---
                title: "{{ title }}"
                summary: "{{ summary }}"
                date: {{ date }}
                draft: true
                ---

                {{ text }}

                ## Press contact

                press@uclg.org ({{slug}}, {{ lang }}) {{< metric countries >}}
                """);
        TestSite.CommandRun run = site.run("new", "article", "world-council-2022");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("""
                ---
                title: "World council 2022"
                summary: "One or two sentences shown in lists, search results and previews."
                date: %s
                draft: true
                ---

                Write the text of the page here, in Markdown. Start sections with ## headings.

                ## Press contact

                press@uclg.org (world-council-2022, en) {{< metric countries >}}
                """.formatted(LocalDate.now()), read(site, "content/news/world-council-2022.en.md"));
    }

    /** Without this, a pledge made while only article.md exists would fail instead of using the built-in template. */
    @Test
    void aTypeWithoutTemplateGetsTheBuiltInOneWithItsNextWeight() throws Exception {
        TestSite site = site("""
                -- archetypes/article.md --
                ---
                title: "{{ title }}"
                date: {{ date }}
                draft: true
                ---
                """);
        assertEquals(ExitCodes.OK, site.run("new", "pledge", "local-autonomy").exitCode());
        String pledge = read(site, "content/pledges/local-autonomy.en.md");
        assertTrue(pledge.contains("axis: government   # one of: government\nweight: 5\n"), pledge);
        assertFalse(pledge.contains("{{"), pledge);
    }

    /** Without this, a typo in a template would write {{ titel }} into every new page, or a stack trace. */
    @Test
    void aBrokenTemplateIsReportedAtItsOwnLinesAndNoPageIsWritten() throws Exception {
        TestSite site = site("""
                -- archetypes/news.md --
                ---
                title: "{{ titel }}"
                summary: {{ summary
                draft: true
                ---
                """);
        TestSite.CommandRun run = site.run("new", "article", "council");
        assertEquals(ExitCodes.CONTENT_ERRORS, run.exitCode());
        assertTrue(run.err().contains("archetypes/news.md:2:9: error: unknown variable 'titel' in the page template"), run.err());
        assertTrue(run.err().contains("hint: write {{ title }}; the variables are: title, slug, date"), run.err());
        assertTrue(run.err().contains("archetypes/news.md:3:10: error: '{{' starts a variable that is not written {{ name }}"), run.err());
        assertFalse(Files.exists(site.root().resolve("content/news/council.en.md")), "nothing is written from a broken template");
    }

    /** Without this, a template missing a required field or the draft line would make pages that fail or go live unfinished. */
    @Test
    void theTemplateIsCheckedAsThePageItMakes() throws Exception {
        TestSite site = site("""
                -- archetypes/article.md --
                ---
                title: "{{ title }}"
                summary: "{{ summary }}"
                date: {{ slug }}
                ---
                {{ text }}
                """);
        TestSite.CommandRun run = site.run("new", "article", "council");
        assertEquals(ExitCodes.CONTENT_ERRORS, run.exitCode());
        assertTrue(run.err().contains("archetypes/article.md:4:7: error:"), run.err());
        assertTrue(run.err().contains("archetypes/article.md:1:1: error: the page template does not make the new page a draft"), run.err());
        assertFalse(run.err().contains("still the example"), "no cascade of placeholder errors:\n" + run.err());
        assertFalse(Files.exists(site.root().resolve("content/news/council.en.md")));
    }

    /** Without this, a page made from a template could be published with the sentence asking for its text. */
    @Test
    void theTemplatesPlaceholdersStillBlockPublishing() throws Exception {
        TestSite site = site("""
                -- archetypes/article.md --
                ---
                title: "{{ title }}"
                date: {{ date }}
                draft: true
                ---

                ## Background

                {{ text }}
                """);
        assertEquals(ExitCodes.OK, site.run("new", "news", "council").exitCode());
        Path file = site.root().resolve("content/news/council.en.md");
        Files.writeString(file, Files.readString(file).replace("draft: true\n", ""));
        site.build();
        site.assertFailed().assertProblem("content/news/council.en.md:8:1: error:", "still has the text that ./site new wrote");
    }

    /** Without this, ./site new news ... (the folder staff see) is refused, and a typo lists nothing useful. */
    @Test
    void typesAreNamedByTheirFolderTooAndATypoSuggestsTheType() throws Exception {
        TestSite site = site("");
        assertEquals(ExitCodes.OK, site.run("new", "news", "council").exitCode());
        assertEquals(ExitCodes.OK, site.run("new", "pledges", "local-autonomy").exitCode());
        assertEquals(ExitCodes.OK, site.run("new", "Pact", "prosperity").exitCode());
        assertTrue(Files.exists(site.root().resolve("content/news/council.en.md")));
        assertTrue(Files.exists(site.root().resolve("content/pledges/local-autonomy.en.md")));
        assertTrue(Files.exists(site.root().resolve("content/pact/prosperity.en.md")));
        TestSite.CommandRun run = site.run("new", "pledgs", "x");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown page type 'pledgs' (did you mean 'pledge'?)"), run.err());
        assertTrue(run.err().contains("article (news, articles)"), "the valid types are listed:\n" + run.err());
    }

    /** Without this, a template kept under a name that is no type would silently never be used. */
    @Test
    void aTemplateNamedAfterNoTypeIsReported() throws Exception {
        TestSite site = site("""
                -- archetypes/pledgess.md --
                ---
                title: x
                ---
                """);
        TestSite.CommandRun run = site.run("new", "pledge", "local-autonomy");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("archetypes/pledgess.md:1:1: warning: 'pledgess' is not a content type"), run.err());
        assertTrue(run.err().contains("rename it pledges.md"), run.err());
    }

    /** Without this, a pull request breaking a template passes its check, and staff meet the error at their next ./site new. */
    @Test
    void theCheckReportsABrokenTemplate() {
        TestSite site = site("""
                -- archetypes/pledge.md --
                ---
                title: "{{ title }}"
                axis: {{ axis }}
                weight: {{ weigth }}
                draft: true
                ---
                """);
        TestSite.CommandRun run = site.run("check");
        assertEquals(ExitCodes.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("archetypes/pledge.md:4:9: error: unknown variable 'weigth' in the page template"), run.err());
    }

    /** Without this, the templates shipped in archetypes/ could drift from the content format and break ./site new. */
    @Test
    void theProjectsTemplatesMakeDraftsThatBuild() throws Exception {
        TestSite site = site("");
        RepoPaths.copyTree(RepoPaths.root().resolve("archetypes"), site.root().resolve("archetypes"));
        for (String type : new String[] {"axis", "pledge", "undertaking", "chapter", "campaign", "article", "page"}) {
            TestSite.CommandRun run = site.run("new", type, "example-" + type);
            assertEquals(ExitCodes.OK, run.exitCode(), type + ": " + run.err());
            assertEquals("", run.err(), type);
        }
        site.build(BuildOptions.of(site.root(), site.output()).withDrafts(true));
        site.assertNoProblems();
    }
}
