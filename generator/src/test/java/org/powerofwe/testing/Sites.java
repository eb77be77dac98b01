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

    /** The Pledges section's index page in three languages. */
    public static final String PLEDGES = """
            -- content/pledges/_index.en.md --
            ---
            title: Pledges
            ---
            -- content/pledges/_index.fr.md --
            ---
            title: Engagements
            ---
            -- content/pledges/_index.es.md --
            ---
            title: Compromisos
            ---
            """;

    /** The minimum for a valid site: configuration, homes and the Pact. */
    public static String minimal(String extra) {
        return CONFIG + HOMES + PACT + extra;
    }
}
