package org.powerofwe.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * A translator's and a reader's view of a translation falling behind its source and being
 * brought up to date again, through the real command line.
 */
class TranslationWorkflowTest {

    @TempDir
    Path dir;

    private static final String PLEDGE = Sites.PLEDGES + """
            -- content/pledges/subsidiarity.en.md --
            ---
            title: Subsidiarity
            axis: government
            weight: 4
            ---
            First paragraph.

            A real dialogue among all spheres of government.
            -- content/pledges/subsidiarity.fr.md --
            ---
            title: Subsidiarité
            slug: subsidiarite
            axis: government
            weight: 4
            ---
            Premier paragraphe.

            Un véritable dialogue entre toutes les sphères de gouvernement.
            """;

    @Test
    void aChangeToTheSourceMakesTheTranslationOutdatedUntilItIsMarkedCurrent() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGE));
        assertEquals(0, site.run("translations", "--mark", "fr", "pledges/subsidiarity").exitCode());
        assertTrue(Files.readString(site.root().resolve("content/pledges/subsidiarity.fr.md")).contains("translationOf: "));
        site.buildOk();
        assertNull(site.html("fr/engagements/subsidiarite/index.html").selectFirst(".notice"), "a current translation has no notice");

        site.writeFile("content/pledges/subsidiarity.en.md", Files.readString(site.root().resolve("content/pledges/subsidiarity.en.md"))
                .replace("A real dialogue", "A genuine dialogue"));
        site.buildOk();
        Element notice = site.html("fr/engagements/subsidiarite/index.html").selectFirst(".notice");
        assertNotNull(notice, "readers of an outdated translation are told");
        assertTrue(notice.text().contains("La version en anglais de cette page a changé"), notice.text());
        assertEquals("/power-of-we/en/pledges/subsidiarity/", notice.selectFirst("a").attr("href"));
        assertTrue(site.html("translation-status/index.html").select("tr.status--outdated").text().contains("Subsidiarity"));

        TestSite.CommandRun status = site.run("translations", "--diff");
        assertTrue(status.out().contains("pledges/subsidiarity"), status.out());
        assertTrue(status.out().contains("A [-real-]{+genuine+} dialogue among all spheres of government."), status.out());
        TestSite.CommandRun json = site.run("translations", "--format", "json");
        assertTrue(json.out().contains("\"state\": \"outdated\""), json.out());
        assertTrue(json.out().contains("\"kind\": \"changed\""), json.out());

        assertEquals(0, site.run("translations", "--mark", "fr", "content/pledges/subsidiarity.fr.md").exitCode());
        site.buildOk();
        assertNull(site.html("fr/engagements/subsidiarite/index.html").selectFirst(".notice"));
        assertTrue(site.run("translations").out().contains("fr  Français: ") , "status after marking");
    }

    @Test
    void statusListsMissingOutdatedAndCurrentPerLanguage() {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGE));
        TestSite.CommandRun run = site.run("translations");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("pledges/subsidiarity") && run.out().contains("never marked current"), run.out());
        assertTrue(run.out().contains("es  Español: 0 current,"), run.out());
        assertTrue(run.out().contains("create content/pledges/subsidiarity.es.md"), run.out());
        TestSite.CommandRun markdown = site.run("translations", "--format", "markdown");
        assertTrue(markdown.out().contains("| Español (es) | 0 |"), markdown.out());
    }

    @Test
    void markingAnUnknownPageOrLanguageIsRefused() {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGE));
        assertEquals(1, site.run("translations", "--mark", "fr", "pledges/nothing").exitCode());
        assertEquals(2, site.run("translations", "--mark", "de", "pledges/subsidiarity").exitCode());
        assertEquals(2, site.run("translations", "--mark", "en", "pledges/subsidiarity").exitCode());
    }

    @Test
    void missingTranslationsCanBeLeftOutInsteadOfFallingBack() {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGE) + "-- extra --\n");
        site.writeFile("site-config.yml", read(site, "site-config.yml") + "translations:\n  missing: omit\n");
        site.buildOk();
        assertFalse(site.exists("es/compromisos/subsidiarity/index.html"));
        Document en = site.html("en/pledges/subsidiarity/index.html");
        assertTrue(en.select(".language-switcher a[hreflang=es-ES]").isEmpty(), "no link to a page that does not exist");
        assertTrue(en.selectFirst(".language-switcher__missing").text().contains("not yet translated"));
        assertFalse(site.file("sitemap.xml").contains("es/compromisos/subsidiarity"));
    }

    @Test
    void languageNeutralFactsMustAgreeAcrossTranslations() {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGE + """
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/council.en.md --
                ---
                title: Council
                date: 2021-11-16
                ---
                With {{< metric a >}} and {{< metric b >}}.
                -- content/news/council.fr.md --
                ---
                title: Conseil
                slug: conseil
                date: 2021-11-17
                ---
                Avec {{< metric b >}} et {{< metric a >}}.
                -- content/data/metrics/m.yml --
                metrics:
                  - { id: a, value: 1, unit: count, period: "2021", chapter: x, label: { en: A, fr: A, es: A } }
                  - { id: b, value: 2, unit: count, period: "2021", chapter: x, label: { en: B, fr: B, es: B } }
                """).replace("weight: 4\n---\nPremier", "weight: 5\n---\nPremier"));
        site.build();
        site.assertFailed()
                .assertProblem("content/pledges/subsidiarity.fr.md:5:9: error: 'weight' differs from the en page: 5 here, 4 there", "copy it from content/pledges/subsidiarity.en.md")
                .assertProblem("content/news/council.fr.md:4:7: error: 'date' differs from the en page: 2021-11-17 here, 2021-11-16 there", "")
                .assertProblem("content/news/council.fr.md:6:6: error: this cites b where the en page cites a", "same order");
    }

    @Test
    void termsInTheirEnglishFormOnAFrenchPageAreWarningsAtTheirLine() {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGE.replace("Un véritable dialogue", "UCLG et le World Council pour un véritable dialogue")
                .replace("title: Subsidiarité", "title: Subsidiarité selon UCLG") + """
                -- content/glossary/fr.yml --
                terms:
                  UCLG: CGLU
                  World Council: Conseil mondial
                  Local Finance: Finances locales
                keep:
                  - Local Finance Knowledge Hub
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/_index.fr.md --
                ---
                title: Actualités
                ---
                Le `UCLG` du code, [le lien](https://uclg.org/UCLG), #UCLGMeets et le Local Finance Knowledge Hub restent tels quels.
                """));
        site.buildOk();
        site.assertProblem("content/pledges/subsidiarity.fr.md:9:1: warning: 'UCLG' is written 'CGLU' in French", "content/glossary/fr.yml")
                .assertProblem("content/pledges/subsidiarity.fr.md:9:12: warning: 'World Council' is written 'Conseil mondial' in French", "")
                .assertProblem("content/pledges/subsidiarity.fr.md:2:8: warning: 'UCLG' is written 'CGLU'", "");
        assertTrue(site.problems().stream().noneMatch(p -> p.startsWith("content/news/_index.fr.md")), site.problemText());
    }

    @Test
    void aNameTheOrganisationDoesNotUseInFrenchIsAWarningNamingTheRightOne() {
        // Without this, "Pacte pour le futur" (a calque) would pass silently on French pages although
        // CGLU itself writes "Pacte pour l’avenir".
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGE.replace("Un véritable dialogue", "Le Pacte pour le futur et un véritable dialogue")
                .replace("title: Subsidiarité", "title: Subsidiarité dans le Pacte pour le futur") + """
                -- content/glossary/fr.yml --
                terms:
                  Pact for the Future: Pacte pour l’avenir
                avoid:
                  Pacte pour le futur: Pacte pour l’avenir
                """));
        site.buildOk();
        site.assertProblem("content/pledges/subsidiarity.fr.md:9:4: warning: 'Pacte pour le futur' is not the name used in French: write 'Pacte pour l’avenir'", "avoid")
                .assertProblem("content/pledges/subsidiarity.fr.md:2:8: warning: 'Pacte pour le futur' is not the name used in French", "");
    }

    @Test
    void linkingToTheEnglishVersionOfATranslatedPageIsAWarning() {
        TestSite site = TestSite.write(dir, Sites.minimal(PLEDGE + """
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/_index.fr.md --
                ---
                title: Actualités
                ---
                Voir [la subsidiarité](../pledges/subsidiarity.en.md).
                """));
        site.buildOk();
        site.assertProblem("content/news/_index.fr.md:4:6: warning: this link leads to the 'en' version although the page exists in 'fr'", "subsidiarity.md");
        assertEquals("/power-of-we/en/pledges/subsidiarity/", site.html("fr/actualites/index.html").selectFirst(".prose a").attr("href"));
    }

    private static String read(TestSite site, String path) {
        try {
            return Files.readString(site.root().resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
