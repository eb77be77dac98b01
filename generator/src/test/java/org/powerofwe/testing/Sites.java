package org.powerofwe.testing;

/** Small building blocks for inline test sites, so each test only writes what it is about. */
public final class Sites {

    private Sites() {
    }

    /** A three-language configuration with localised section slugs and a sub-path base URL. */
    public static final String CONFIG = """
            -- site-config.yml --
            title: { en: "The Power of We", fr: "Le pouvoir du nous", es: "El poder del nosotros" }
            baseUrl: "https://example.org/power-of-we/"
            theme: wecare
            defaultLanguage: en
            languages:
              - { code: en, name: English, locale: en-GB }
              - { code: fr, name: Français, locale: fr-FR }
              - { code: es, name: Español, locale: es-ES }
            sections:
              pact: { en: pact, fr: pacte, es: pacto }
              pledges: { en: pledges, fr: engagements, es: compromisos }
              undertakings: { en: undertakings, fr: chantiers, es: lineas-de-trabajo }
              report: { en: report, fr: rapport, es: informe }
              campaigns: { en: campaigns, fr: campagnes, es: campanas }
              news: { en: news, fr: actualites, es: noticias }
            menus:
              en:
                - { page: pact/_index }
            """;

    /** The three home pages every site needs. */
    public static final String HOMES = """
            -- content/_index.en.md --
            ---
            title: The Power of We
            ---
            Welcome.
            -- content/_index.fr.md --
            ---
            title: Le pouvoir du nous
            ---
            Bienvenue.
            -- content/_index.es.md --
            ---
            title: El poder del nosotros
            ---
            Bienvenida.
            """;

    /** A Pact section with the Government axis in three languages. */
    public static final String PACT = """
            -- content/pact/_index.en.md --
            ---
            title: The Pact for the Future
            ---
            -- content/pact/_index.fr.md --
            ---
            title: Le Pacte pour le futur
            ---
            -- content/pact/_index.es.md --
            ---
            title: El Pacto para el Futuro
            ---
            -- content/pact/government.en.md --
            ---
            title: Government
            axis: government
            vision: Municipalism is the driving force.
            weight: 3
            ---
            Our vision.
            -- content/pact/government.fr.md --
            ---
            title: Gouvernement
            slug: gouvernement
            axis: government
            vision: Le municipalisme est la force motrice.
            weight: 3
            ---
            Notre vision.
            -- content/pact/government.es.md --
            ---
            title: Gobierno
            slug: gobierno
            axis: government
            vision: El municipalismo es la fuerza motriz.
            weight: 3
            ---
            Nuestra visión.
            """;

    /** The Pledges section's index page in English and French (no Spanish translation yet). */
    public static final String PLEDGES_EN_FR = """
            -- content/pledges/_index.en.md --
            ---
            title: Pledges
            ---
            -- content/pledges/_index.fr.md --
            ---
            title: Engagements
            ---
            """;

    /** The Pledges section's index page in three languages. */
    public static final String PLEDGES = PLEDGES_EN_FR + """
            -- content/pledges/_index.es.md --
            ---
            title: Compromisos
            ---
            """;

    /** The Report section and the 2021 report's index page, in English. */
    public static final String REPORT_2021 = """
            -- content/report/_index.en.md --
            ---
            title: Reports
            ---
            -- content/report/2021/_index.en.md --
            ---
            title: Report 2021
            year: 2021
            ---
            The report.
            """;

    /**
     * The English index page of every section {@code ./site new} writes into besides the Pact
     * (pledges, undertakings, the 2021 report, campaigns, news), so any page type can be made.
     */
    public static final String SECTIONS = REPORT_2021 + """
            -- content/pledges/_index.en.md --
            ---
            title: Pledges
            ---
            -- content/undertakings/_index.en.md --
            ---
            title: Undertakings
            ---
            -- content/campaigns/_index.en.md --
            ---
            title: Campaigns
            ---
            -- content/news/_index.en.md --
            ---
            title: News
            ---
            """;

    /**
     * Two figures of the 2021 report's chapter c1, in content/data/metrics/m.yml: followers
     * ("more than 3,280") and impressions (7,000,000).
     */
    public static final String REACH_FIGURES = """
            -- content/data/metrics/m.yml --
            metrics:
              - { id: followers, value: 3280, qualifier: more-than, unit: count, period: "2021", chapter: c1, series: reach, label: { en: Followers, fr: Abonnés, es: Seguidores } }
              - { id: impressions, value: 7000000, unit: count, period: "2021", chapter: c1, series: reach, label: { en: Impressions, fr: Impressions, es: Impresiones } }
            """;

    /** The minimum for a valid site: configuration, homes and the Pact. */
    public static String minimal(String extra) {
        return CONFIG + HOMES + PACT + extra;
    }
}
