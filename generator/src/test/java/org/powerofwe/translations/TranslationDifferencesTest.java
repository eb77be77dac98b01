package org.powerofwe.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.diag.Problem;
import org.powerofwe.server.LiveSite;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * A change to an English page that its translations do not follow yet: the preview keeps working
 * in every language, the build refuses it, {@code translations --sync} brings the translations in
 * line, and a broken English page does not make its translations report its mistakes again.
 */
class TranslationDifferencesTest {

    @TempDir
    Path dir;

    private static final String CAMPAIGN = """
            -- content/campaigns/_index.en.md --
            ---
            title: Campaigns
            ---
            -- content/campaigns/_index.fr.md --
            ---
            title: Campagnes
            ---
            -- content/campaigns/_index.es.md --
            ---
            title: Campañas
            ---
            -- content/campaigns/climate.en.md --
            ---
            title: Climate
            hashtags: ["#Climate"]
            ---
            Cities act.

            {{< figures members cities >}}
            -- content/campaigns/climate.fr.md --
            ---
            title: Climat
            slug: climat
            hashtags: ["#Climate"]
            ---
            Les villes agissent.
            -- content/report/_index.en.md --
            ---
            title: Reports
            ---
            -- content/report/2021/_index.en.md --
            ---
            title: Report 2021
            year: 2021
            ---
            -- content/report/2021/gatherings.en.md --
            ---
            title: Gatherings
            year: 2021
            weight: 1
            chapter: "1"
            ---
            Text.
            -- content/data/metrics/figures.yml --
            metrics:
              - id: members
                value: 240
                unit: count
                period: "2021"
                chapter: gatherings
                series: network
                label: { en: Members, fr: Membres, es: Miembros }
              - id: cities
                value: 1000
                unit: count
                period: "2021"
                chapter: gatherings
                series: network
                label: { en: Cities, fr: Villes, es: Ciudades }
            """;

    @Test
    void aFigureAddedInEnglishIsAWarningInThePreviewAndAnErrorInTheBuild() {
        TestSite site = TestSite.write(dir, Sites.minimal(CAMPAIGN));
        site.build();
        site.assertFailed().assertProblem("content/campaigns/climate.fr.md:6:1: error:", "this page cites 0 figure(s), the en page 2");

        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            LiveSite preview = new LiveSite(new BuildOptions(site.root(), Optional.empty(), true, Optional.empty(), 0), pool);
            preview.buildAll();
            assertFalse(preview.broken(), "the preview shows every page, English included: " + preview.problems());
            assertTrue(preview.problems().stream().anyMatch(p -> !p.isError() && p.format().startsWith("content/campaigns/climate.fr.md:6:1: warning: this page cites 0 figure(s)")),
                    preview.problems().toString());
            assertTrue(preview.problemsOf("fr/campagnes/climat/index.html").stream().map(Problem::message).anyMatch(m -> m.contains("cites 0 figure(s)")),
                    "the warning is shown on the French page");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void syncCopiesTheSharedFieldsAndFigureCitationsIntoTheTranslation() throws IOException {
        TestSite site = TestSite.write(dir, Sites.minimal(CAMPAIGN.replace("hashtags: [\"#Climate\"]\n---\nLes", "hashtags: [\"#Climat\"]\n---\nLes")));
        TestSite.CommandRun sync = site.run("translations", "--sync", "fr", "campaigns/climate");
        assertEquals(0, sync.exitCode(), sync.err());
        String french = Files.readString(site.root().resolve("content/campaigns/climate.fr.md"));
        assertTrue(french.contains("hashtags: [\"#Climate\"]"), french);
        assertTrue(french.contains("Les villes agissent.\n\n{{< figures members cities >}}\n"), french);
        assertTrue(french.contains("title: Climat\nslug: climat"), "translated fields are kept: " + french);
        site.buildOk();
    }

    @Test
    void aBrokenEnglishPageIsReportedOnceNotAgainOnItsTranslations() throws IOException {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        Path english = site.root().resolve("content/pact/government.en.md");
        Files.writeString(english, Files.readString(english).replace("weight: 3", "weight: three"));
        site.build();
        site.assertProblem("content/pact/government.en.md:5:9: error:", "'weight' must be a whole number");
        assertFalse(site.problemText().contains("differs from the en page"), site.problemText());

        Files.writeString(english, Files.readString(english).replace("title: Government", "title: Government: the axis"));
        site.build();
        site.assertProblem("content/pact/government.en.md", "invalid YAML");
        assertFalse(site.problemText().contains("has no English version"), site.problemText());
    }

    /** A typo in the English page's figure id must not tell the correct French page to copy the typo. */
    @Test
    void anUnknownFigureInEnglishIsNotReportedAsADifferenceOnTheTranslations() {
        TestSite site = TestSite.write(dir, Sites.minimal(CAMPAIGN
                .replace("{{< figures members cities >}}\n-- content/campaigns/climate.fr.md", "{{< figures members citys >}}\n-- content/campaigns/climate.fr.md")
                .replace("Les villes agissent.\n", "Les villes agissent.\n\n{{< figures members cities >}}\n")));
        site.build();
        site.assertProblem("content/campaigns/climate.en.md", "unknown figure 'citys'");
        assertFalse(site.problemText().contains("climate.fr.md"), "the French page is right and is not blamed: " + site.problemText());
    }

    /** One figure cited twice in English and not in French is one missing figure, not two. */
    @Test
    void theFigureCountOfADifferenceCountsFiguresNotCitations() {
        TestSite site = TestSite.write(dir, Sites.minimal(CAMPAIGN
                .replace("{{< figures members cities >}}\n", "We are {{< metric members >}} members.\n\nAgain, {{< metric members >}}.\n")));
        site.build();
        site.assertProblem("content/campaigns/climate.fr.md", "this page cites 0 figure(s), the en page 1 figure(s) in 2 places");
    }

    @Test
    void aBrokenLinksHintIsAPathThatWorksWhenPastedAsWritten() throws IOException {
        TestSite site = TestSite.write(dir, Sites.minimal("""
                -- content/pledges/_index.en.md --
                ---
                title: Pledges
                ---
                -- content/pledges/subsidiarity.en.md --
                ---
                title: Subsidiarity
                axis: government
                weight: 1
                ---
                See [the vision](../pact/goverment.md#our-vision).
                """));
        site.build();
        String hint = site.problems().stream().filter(p -> p.contains("link to a page that does not exist")).findFirst().orElseThrow();
        assertTrue(hint.contains("hint: did you mean ../pact/government.md#our-vision?"), hint);

        Path page = site.root().resolve("content/pledges/subsidiarity.en.md");
        Files.writeString(page, Files.readString(page).replace("../pact/goverment.md#our-vision", "../pact/government.md"));
        site.build();
        assertFalse(site.problemText().contains("link to a page that does not exist"), "the suggested path works: " + site.problemText());
    }

    /** A bare file name ([x](gatherings.md)) written from another folder: the hint gives the path from this file. */
    @Test
    void aBareFileNameLinkIsGivenThePathOfTheOnlyPageWithThatName() throws IOException {
        TestSite site = TestSite.write(dir, Sites.minimal(CAMPAIGN.replace("Cities act.", "Cities act, see [the gatherings](gatherings.md).")));
        site.build();
        String hint = site.problems().stream().filter(p -> p.contains("link to a page that does not exist")).findFirst().orElseThrow();
        assertTrue(hint.contains("hint: did you mean ../report/2021/gatherings.md?"), hint);
    }

    @Test
    void anUnknownAnchorsHintNamesTheClosestHeadingsOfThatPage() {
        TestSite site = TestSite.write(dir, Sites.minimal("""
                -- content/pledges/_index.en.md --
                ---
                title: Pledges
                ---
                -- content/pledges/subsidiarity.en.md --
                ---
                title: Subsidiarity
                axis: government
                weight: 1
                ---
                ## Gold standard of dialogue

                ## Local finance

                See [the standard](subsidiarity.md#gold).
                """));
        TestSite.CommandRun check = site.run("check");
        assertTrue(check.err().contains("hint: the page's heading anchor is #gold-standard-of-dialogue"), check.err());
        assertFalse(check.err().contains("#main"), "no theme ids: " + check.err());
    }
}
