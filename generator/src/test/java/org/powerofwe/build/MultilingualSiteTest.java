package org.powerofwe.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * A three-language site with every content type, built once: what readers of each language see
 * and where the pages are published.
 */
class MultilingualSiteTest {

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.write(dir, Sites.minimal("""
                -- content/pledges/_index.en.md --
                ---
                title: Pledges
                ---
                -- content/pledges/subsidiarity.en.md --
                ---
                title: Subsidiarity
                axis: government
                weight: 4
                ---
                Served by [Local finance](../undertakings/local-finance.md).
                -- content/pledges/subsidiarity.fr.md --
                ---
                title: Subsidiarité
                slug: subsidiarite
                axis: government
                weight: 4
                aliases: ["/fr/pacte/subsidiarite/"]
                ---
                Servi par [les finances locales](../undertakings/local-finance.md).
                -- content/undertakings/_index.en.md --
                ---
                title: Undertakings
                ---
                -- content/undertakings/local-finance.en.md --
                ---
                title: Local Finance
                axis: government
                weight: 5
                pledges: [subsidiarity]
                ---
                ## Coopération décentralisée

                Serves [subsidiarity](../pledges/subsidiarity.md).
                -- content/undertakings/local-finance.fr.md --
                ---
                title: Finances locales
                slug: finances-locales
                axis: government
                weight: 5
                pledges: [subsidiarity]
                ---
                Sert [la subsidiarité](../pledges/subsidiarity.md).
                -- content/undertakings/local-finance.es.md --
                ---
                title: Finanzas locales
                slug: finanzas-locales
                axis: government
                weight: 5
                pledges: [subsidiarity]
                ---
                Sirve a la [subsidiariedad](../pledges/subsidiarity.md).
                -- content/report/_index.en.md --
                ---
                title: Reports
                ---
                -- content/report/2021/_index.en.md --
                ---
                title: Annual report 2021
                year: 2021
                ---
                -- content/report/2021/gatherings.en.md --
                ---
                title: Our gatherings
                year: 2021
                weight: 8
                chapter: "8"
                ---
                The Retreat gathered more than {{< metric retreat-participants >}} participants.

                {{< figures world-council-in-person world-council-online >}}
                -- content/report/2021/research.en.md --
                ---
                title: Research
                year: 2021
                weight: 6
                chapter: "6"
                ---
                GOLD VI.
                -- content/campaigns/_index.en.md --
                ---
                title: Campaigns
                ---
                -- content/campaigns/outreach.en.md --
                ---
                title: Outreach in 2021
                hashtags: ["#Listen2Cities", "#UCLGMeets"]
                metrics: [twitter-followers-gained]
                ---
                Our campaigns.
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/world-council.en.md --
                ---
                title: The World Council meets
                date: 2021-11-16
                ---
                Hybrid.
                -- content/data/metrics/figures.yml --
                metrics:
                  - id: retreat-participants
                    value: 630
                    qualifier: more-than
                    unit: count
                    period: "2021"
                    chapter: gatherings
                    label: { en: Retreat participants, fr: Participants à la Retraite, es: Participantes en el Retiro }
                  - id: world-council-in-person
                    value: 100
                    qualifier: almost
                    unit: count
                    period: "2021-11"
                    chapter: gatherings
                    series: world-council-2021-attendance
                    label: { en: In person, fr: En présentiel, es: Presencial }
                  - id: world-council-online
                    value: 400
                    unit: count
                    period: "2021-11"
                    chapter: gatherings
                    series: world-council-2021-attendance
                    label: { en: Online, fr: En ligne, es: En línea }
                  - id: twitter-followers-gained
                    value: 7000000
                    unit: count
                    period: "2021"
                    chapter: gatherings
                    label: { en: Impressions, fr: Impressions, es: Impresiones }
                """)).buildOk();
    }

    @Test
    void publishesEachPageUnderItsLanguageAndLocalisedSection() {
        for (String path : List.of("en/pledges/subsidiarity/index.html", "fr/engagements/subsidiarite/index.html",
                "en/undertakings/local-finance/index.html", "fr/chantiers/finances-locales/index.html",
                "es/lineas-de-trabajo/finanzas-locales/index.html", "en/pact/government/index.html",
                "es/pacto/gobierno/index.html", "en/report/2021/gatherings/index.html", "fr/rapport/2021/gatherings/index.html",
                "en/campaigns/outreach/index.html", "en/news/world-council/index.html", "en/index.html", "fr/index.html")) {
            assertTrue(site.exists(path), "missing " + path + " in " + site.listOutput());
        }
    }

    @Test
    void eachPageDeclaresItsLanguageForScreenReaders() {
        assertEquals("fr-FR", site.html("fr/engagements/subsidiarite/index.html").selectFirst("html").attr("lang"));
        assertEquals("es-ES", site.html("es/pacto/gobierno/index.html").selectFirst("html").attr("lang"));
        assertEquals("ltr", site.html("es/pacto/gobierno/index.html").selectFirst("html").attr("dir"));
    }

    @Test
    void contentLinksLeadToTheTargetInTheSameLanguage() {
        assertEquals("/power-of-we/fr/chantiers/finances-locales/",
                site.html("fr/engagements/subsidiarite/index.html").selectFirst(".prose a").attr("href"));
        assertEquals("/power-of-we/en/undertakings/local-finance/",
                site.html("en/pledges/subsidiarity/index.html").selectFirst(".prose a").attr("href"));
    }

    @Test
    void aLinkToAPageNotYetTranslatedLeadsToItsFallbackAndSaysItsLanguage() {
        Element link = site.html("es/lineas-de-trabajo/finanzas-locales/index.html").selectFirst(".prose a");
        assertEquals("/power-of-we/es/compromisos/subsidiarity/", link.attr("href"));
        assertEquals("en", link.attr("hreflang"));
    }

    @Test
    void hreflangAlternatesListEveryRealTranslationAndXDefault() {
        Document fr = site.html("fr/engagements/subsidiarite/index.html");
        assertEquals("https://example.org/power-of-we/fr/engagements/subsidiarite/", fr.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://example.org/power-of-we/en/pledges/subsidiarity/", fr.selectFirst("link[hreflang=en-GB]").attr("href"));
        assertEquals("https://example.org/power-of-we/fr/engagements/subsidiarite/", fr.selectFirst("link[hreflang=fr-FR]").attr("href"));
        assertEquals("https://example.org/power-of-we/en/pledges/subsidiarity/", fr.selectFirst("link[hreflang=x-default]").attr("href"));
        assertTrue(fr.select("link[hreflang=es-ES]").isEmpty(), "no Spanish translation exists, so no Spanish alternate");
    }

    @Test
    void languageSwitcherLeadsToTheSamePageOrSaysItIsNotTranslated() {
        Document en = site.html("en/pledges/subsidiarity/index.html");
        Element fr = en.selectFirst(".language-switcher a[hreflang=fr-FR]");
        assertEquals("/power-of-we/fr/engagements/subsidiarite/", fr.attr("href"));
        Element es = en.selectFirst(".language-switcher a[hreflang=es-ES]");
        assertEquals("/power-of-we/es/compromisos/subsidiarity/", es.attr("href"));
        assertTrue(es.text().contains("not yet translated"), es.outerHtml());
        assertEquals("true", en.selectFirst(".language-switcher a[hreflang=en-GB]").attr("aria-current"));
    }

    @Test
    void aMissingTranslationFallsBackToTheEnglishTextWithANoticeAndTheRightLanguage() {
        Document es = site.html("es/compromisos/subsidiarity/index.html");
        assertTrue(es.selectFirst(".notice").text().contains("en español. Está leyendo la versión en inglés"), es.selectFirst(".notice").text());
        Element content = es.selectFirst("main .wrap");
        assertEquals("en-GB", content.attr("lang"));
        assertEquals("https://example.org/power-of-we/en/pledges/subsidiarity/", es.selectFirst("link[rel=canonical]").attr("href"));
        assertNotNull(es.selectFirst("meta[name=robots][content=noindex]"));
    }

    @Test
    void headingsGetReadableUnaccentedAnchors() {
        assertNotNull(site.html("en/undertakings/local-finance/index.html").selectFirst("h2#cooperation-decentralisee"));
    }

    @Test
    void pledgesAndUndertakingsLinkEachOtherAndTheirAxis() {
        Document pledge = site.html("fr/engagements/subsidiarite/index.html");
        assertEquals("/power-of-we/fr/pacte/gouvernement/", pledge.selectFirst(".relation a").attr("href"));
        assertEquals("Finances locales", pledge.selectFirst(".cards a").text());
        Document axis = site.html("en/pact/government/index.html");
        assertEquals("Municipalism is the driving force.", axis.selectFirst(".vision__statement").text());
        assertEquals(List.of("Subsidiarity", "Local Finance"), axis.select(".cards .card__title").eachText());
    }

    @Test
    void chaptersAreListedInOrderAndLinkPreviousAndNext() {
        Document cover = site.html("en/report/2021/index.html");
        assertEquals(List.of("Research", "Our gatherings"), cover.select(".chapter-cards .card__title").eachText());
        Document research = site.html("en/report/2021/research/index.html");
        assertEquals("/power-of-we/en/report/2021/gatherings/", research.selectFirst("a[rel=next]").attr("href"));
        assertTrue(research.select("a[rel=prev]").isEmpty());
    }

    @Test
    void figuresAreWrittenInEachLanguagesNumberFormat() {
        Document en = site.html("en/campaigns/outreach/index.html");
        assertTrue(en.selectFirst(".figure-card__value").text().equals("7,000,000"), en.selectFirst(".figure-card").outerHtml());
        Document fr = site.html("fr/campagnes/outreach/index.html");
        assertEquals("7\u202f000\u202f000", fr.selectFirst(".figure-card__value").text());
        Document es = site.html("es/campanas/outreach/index.html");
        assertEquals("7.000.000", es.selectFirst(".figure-card__value").text());
    }

    @Test
    void comparableFiguresAreDrawnAsABarChartWithATextAlternativeAndATable() {
        Element chart = site.html("en/report/2021/gatherings/index.html").selectFirst("figure.chart");
        assertNotNull(chart);
        Element svg = chart.selectFirst("svg[role=img]");
        assertTrue(chart.selectFirst("desc").text().contains("In person: almost 100"), chart.selectFirst("desc").text());
        assertEquals(2, svg.select("rect.chart__bar").size());
        assertEquals(List.of("almost 100", "400"), chart.select("table td.num").eachText());
        assertTrue(site.html("en/report/2021/gatherings/index.html").selectFirst(".prose p").text().contains("more than 630 participants"));
    }

    @Test
    void newsArticlesShowTheirDateForTheirLocale() {
        assertEquals("16 November 2021", site.html("en/news/world-council/index.html").selectFirst("time").text());
        assertEquals("16 novembre 2021", site.html("fr/actualites/world-council/index.html").selectFirst("time").text());
    }

    @Test
    void everyLinkAndAssetWorksUnderTheSubPath() {
        for (String path : site.listOutput()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            Document page = site.html(path);
            for (Element link : page.select("a[href], link[href], script[src], img[src]")) {
                String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (url.startsWith("#") || url.startsWith("https://example.org/power-of-we/")) {
                    continue;
                }
                if (url.startsWith("https://") && !url.startsWith("https://example.org/")) {
                    continue; // the organisation's own sites (the footer's link to uclg.org), outside by design
                }
                assertTrue(url.startsWith("/power-of-we/"), path + " has a link outside the sub-path: " + url);
                String target = url.substring("/power-of-we/".length()).replaceAll("#.*$", "");
                String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
                assertTrue(site.exists(file), path + " links to a missing file: " + url);
            }
        }
    }

    @Test
    void sitemapListsEachPageWithItsAlternates() {
        String sitemap = site.file("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/power-of-we/fr/engagements/subsidiarite/</loc>"));
        assertTrue(sitemap.contains("hreflang=\"fr-FR\" href=\"https://example.org/power-of-we/fr/engagements/subsidiarite/\""));
        assertFalse(sitemap.contains("es/compromisos/subsidiarity/"), "fallback copies are not listed");
        assertTrue(site.file("robots.txt").contains("Sitemap: https://example.org/power-of-we/sitemap.xml"));
    }

    @Test
    void anOldAddressSendsReadersToThePageWithoutBeingIndexed() {
        // A bookmark or a printed link to where a page used to be must still lead to it, under
        // the site's sub-path, even without JavaScript; search engines keep only the new address.
        Document old = site.html("fr/pacte/subsidiarite/index.html");
        assertEquals("fr", old.selectFirst("html").attr("lang"));
        assertEquals("0; url=/power-of-we/fr/engagements/subsidiarite/", old.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("/power-of-we/fr/engagements/subsidiarite/", old.selectFirst("body a").attr("href"));
        assertEquals("Subsidiarité", old.selectFirst("body a").text());
        assertEquals("https://example.org/power-of-we/fr/engagements/subsidiarite/", old.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", old.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(old.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'none'"),
                "a redirect loads nothing, and its policy says so");
        assertFalse(site.file("sitemap.xml").contains("/fr/pacte/subsidiarite/"), "the old address is not in the sitemap");
    }

    @Test
    void theRootLetsReadersChooseTheirLanguageWithoutJavaScript() {
        Document root = site.html("index.html");
        assertEquals(List.of("/power-of-we/en/", "/power-of-we/fr/", "/power-of-we/es/"), root.select("main a").eachAttr("href"));
        assertTrue(root.select("script:not([src])").isEmpty(), "no inline script");
        assertTrue(site.exists("404.html") && site.exists("fr/404.html"));
        assertEquals("Page introuvable", site.html("fr/404.html").selectFirst("h1").text());
    }

    /**
     * GitHub Pages serves the root 404.html for every unknown address: it holds every language,
     * each version marked with its lang and given its own typography (French spacing in the
     * French one only), with links under the site's sub-path, and no inline script.
     */
    @Test
    void theRoot404HoldsEveryLanguageEachWithItsOwnTypography() {
        Document notFound = site.html("404.html");
        assertEquals(List.of("en", "fr", "es"), notFound.select(".not-found-version").eachAttr("data-language"));
        assertEquals(List.of("en-GB", "fr-FR", "es-ES"), notFound.select(".not-found-version").eachAttr("lang"));
        assertEquals("Page introuvable", notFound.selectFirst(".not-found-version[lang=fr-FR] h1").text());
        assertTrue(notFound.selectFirst(".not-found-version[lang=fr-FR] .page > p").text().endsWith("\u202f:"), "French spacing in French");
        assertTrue(notFound.selectFirst(".not-found-version[lang=en-GB] .page > p").text().endsWith("here:"), "English keeps its own");
        assertEquals("/power-of-we/fr/", notFound.selectFirst(".not-found-version[lang=fr-FR] .section-list a").attr("href"));
        assertEquals(2, notFound.select("script[src*=not-found]").size(), "not-found.js in the head and at the end of the body");
        assertTrue(notFound.select("script:not([src])").isEmpty(), "no inline script");
    }

    @Test
    void themeAssetsAreFingerprinted() {
        String css = site.html("en/index.html").selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(css.matches("/power-of-we/assets/css/main\\.[0-9a-f]{10}\\.css"), css);
    }
}
