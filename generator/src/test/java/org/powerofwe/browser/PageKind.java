package org.powerofwe.browser;

import java.util.List;

/**
 * One page of each kind readers meet, by its key in content/ (the same in every language), or
 * by its output path for the 404 page. Chosen to cover every template and both kinds of figures
 * (bar charts and large-number cards).
 */
record PageKind(String name, String key) {

    static final List<PageKind> ALL = List.of(
            new PageKind("home", "_index"),
            new PageKind("pact", "pact/_index"),
            new PageKind("axis", "pact/people"),
            new PageKind("pledges", "pledges/_index"),
            new PageKind("pledge", "pledges/subsidiarity"),
            new PageKind("undertaking", "undertakings/decentralized-development-cooperation"),
            new PageKind("report", "report/2021/_index"),
            new PageKind("chapter", "report/2021/caring-for-people"),
            new PageKind("campaigns", "campaigns/_index"),
            new PageKind("campaign", "campaigns/outreach-2021"),
            new PageKind("figures", "figures/_index"),
            new PageKind("news", "news/_index"),
            new PageKind("article", "news/world-council-2021"),
            new PageKind("search", "search/_index"),
            new PageKind("about", "about/_index"),
            new PageKind("accessibility", "about/accessibility"),
            new PageKind("not-found", null));

    /** The address of this kind's page in a language. */
    String url(RealSite site, String lang) {
        return key == null ? site.url(lang + "/no-such-page/") : site.url(key, lang);
    }
}
