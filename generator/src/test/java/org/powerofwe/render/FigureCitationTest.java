package org.powerofwe.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * Figures cited in running text read as a writer would write them in each language, and a chart
 * only ever compares like with like.
 */
class FigureCitationTest {

    @TempDir
    Path dir;

    private static final String FIGURES = """
            -- content/report/_index.en.md --
            ---
            title: Reports
            ---
            -- content/report/2021/_index.en.md --
            ---
            title: Report 2021
            year: 2021
            ---
            -- content/report/2021/c1.en.md --
            ---
            title: Chapter one
            year: 2021
            weight: 1
            chapter: "1"
            ---
            The year.
            -- content/data/metrics/m.yml --
            metrics:
              - { id: segments, value: 3, unit: count, period: "2021", chapter: c1, label: { en: Segments, fr: Volets, es: Segmentos } }
              - { id: meetings, value: 1, unit: count, period: "2021", chapter: c1, label: { en: Meetings, fr: Réunions, es: Reuniones } }
              - { id: cities, value: 70, max: 100, unit: count, period: "2021", chapter: c1, label: { en: Cities, fr: Villes, es: Ciudades } }
              - { id: members, value: 240000, unit: count, period: "2021", chapter: c1, label: { en: Members, fr: Membres, es: Miembros } }
              - { id: fund, value: 200000000, unit: eur, period: "2021", chapter: c1, label: { en: Fund, fr: Fonds, es: Fondo } }
              - { id: impressions, value: 7000000, unit: count, period: "2021", chapter: c1, label: { en: Impressions, fr: Impressions, es: Impresiones } }
              - { id: followers, value: 3280, unit: count, period: "2021", chapter: c1, label: { en: Followers, fr: Abonnés, es: Seguidores } }
              - { id: in-person, value: 100, unit: count, period: "2021", chapter: c1, series: council, label: { en: In person, fr: En présentiel, es: Presencial } }
              - { id: online, value: 400, unit: count, period: "2021", chapter: c1, series: council, label: { en: Online, fr: En ligne, es: En línea } }
              - { id: share, value: 40, unit: percent, period: "2021", chapter: c1, series: council, label: { en: Share, fr: Part, es: Parte } }
            """;

    private static String page(String lang, String text) {
        return "-- content/news/_index." + lang + ".md --\n---\ntitle: News\n---\n" + text + "\n";
    }

    private String sentence(String lang) {
        String text = "A: {{< metric segments words >}}; B: {{< metric meetings words feminine >}}; C: {{< metric cities words >}};"
                + " D: {{< metric members words >}}; E: {{< metric fund compact >}}; F: {{< metric impressions compact >}};"
                + " G: {{< metric followers compact >}}; H: {{< metric segments >}}.";
        String english = lang.equals("en") ? "" : page("en", text);
        TestSite site = TestSite.write(dir.resolve(lang), Sites.minimal(FIGURES + english + page(lang, text))).buildOk();
        String prefix = lang.equals("en") ? "" : lang + "/";
        return site.html((prefix.isEmpty() ? "en/" : prefix) + sectionSlug(lang) + "/index.html").selectFirst(".prose p").text();
    }

    private static String sectionSlug(String lang) {
        return switch (lang) {
            case "fr" -> "actualites";
            case "es" -> "noticias";
            default -> "news";
        };
    }

    @Test
    void englishWritesSmallCountsInWordsAndMillionsAsWords() {
        assertEquals("A: three; B: one; C: between 70 and 100; D: 240,000; E: €200 million; F: 7 million; G: 3,280; H: 3.",
                sentence("en").replace('\u00A0', ' '));
    }

    @Test
    void frenchAgreesOneWithItsNounAndNamesTheCurrencyAfterTheAmount() {
        String text = sentence("fr").replace('\u00A0', ' ').replace('\u202F', ' ');
        assertEquals("A: trois; B: une; C: entre 70 et 100; D: 240 000; E: 200 millions d’euros; F: 7 millions; G: 3 280; H: 3.",
                text.replace(" :", ":").replace(" ;", ";"));
    }

    @Test
    void spanishWritesMillonesAndTheCurrencyInWords() {
        String text = sentence("es").replace('\u00A0', ' ');
        assertEquals("A: tres; B: una; C: entre 70 y 100; D: 240.000; E: 200 millones de euros; F: 7 millones; G: ", text.substring(0, text.indexOf("G: ") + 3));
    }

    @Test
    void aTranslationMayWriteAFigureInAnotherFormThanTheEnglish() {
        TestSite.write(dir, Sites.minimal(FIGURES + page("en", "{{< metric meetings words >}} meeting.")
                + page("fr", "{{< metric meetings words feminine >}} réunion."))).buildOk();
    }

    @Test
    void aPageLeadTakenFromItsFirstParagraphKeepsTheFigures() {
        TestSite site = TestSite.write(dir, Sites.minimal(FIGURES + page("en", "We counted {{< metric followers >}} followers."))).buildOk();
        assertEquals("We counted 3,280 followers.", site.html("en/news/index.html").selectFirst(".lead").text());
    }

    @Test
    void aChartOfFiguresWithoutACommonSeriesIsAnErrorAtTheShortcodeNamingBoth() {
        TestSite site = TestSite.write(dir, Sites.minimal(FIGURES + page("en", "Intro.\n\n{{< figures impressions followers >}}")));
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:6:1: error: figures 'impressions' and 'followers' cannot share a chart",
                "{{< figures impressions >}} and {{< figures followers >}}");
    }

    @Test
    void aChartMixingUnitsIsAnErrorEvenWithinASeries() {
        TestSite site = TestSite.write(dir, Sites.minimal(FIGURES + page("en", "{{< figures online share >}}")));
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:4:1: error: figures 'online' and 'share' cannot share a chart",
                "different units (count, percent)");
    }

    @Test
    void figuresOfOneSeriesAndUnitDrawOneChart() {
        TestSite site = TestSite.write(dir, Sites.minimal(FIGURES + page("en", "{{< figures in-person online >}}"))).buildOk();
        assertEquals(1, site.html("en/news/index.html").select("main svg").size());
    }

    @Test
    void aCampaignsListedFiguresWithoutACommonSeriesAreCardsNotAChart() {
        TestSite site = TestSite.write(dir, Sites.minimal(FIGURES + page("en", "News.") + """
                -- content/campaigns/_index.en.md --
                ---
                title: Campaigns
                ---
                -- content/campaigns/outreach.en.md --
                ---
                title: Outreach
                hashtags: ["#Listen2Cities"]
                metrics: [impressions, followers]
                ---
                Our outreach.
                """)).buildOk();
        Document page = site.html("en/campaigns/outreach/index.html");
        assertEquals(0, page.select("main svg").size(), "7,000,000 impressions must not be drawn as a bar beside 3,280 followers");
        assertEquals(2, page.select(".figure-card").size());
    }

    @Test
    void anUnknownFormIsAnErrorListingTheForms() {
        TestSite site = TestSite.write(dir, Sites.minimal(FIGURES + page("en", "About {{< metric fund short >}}.")));
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:4:7: error: the metric shortcode takes one figure id, then optionally 'words', 'words feminine', 'compact'",
                "{{< metric retreat-participants words >}}");
    }
}
