package org.powerofwe.testing;

/**
 * A theme of a few lines, for tests about the generator's machinery (preview, incremental
 * builds) that must not depend on the real theme's design.
 */
public final class MiniTheme {

    private MiniTheme() {
    }

    private static final String UI = """
            skipLink: "Skip"
            figures:
              chartTitle: "Chart: {0}"
              tableCaption: "Figures"
              figure: "Figure"
              value: "Value"
              period: "Period"
              qualifier:
                more-than: "more than {0}"
                about: "about {0}"
                almost: "almost {0}"
                up-to: "up to {0}"
            """;

    public static final String FILES = """
            -- themes/mini/layouts/single.ftlh --
            <!DOCTYPE html><html lang="${page.lang.localeTag}"><head><title>${page.title}</title></head>
            <body><#if page.draft><p class="draft">DRAFT</p></#if><#if page.outdated><p class="outdated">OUTDATED</p></#if><h1>${page.title}</h1><p class="summary">${page.summary}</p><div class="prose">${page.content}</div>
            <ul class="children"><#list page.children as child><li><a href="${child.url}">${child.title}</a> ${child.summary}</li></#list></ul>
            <nav class="menu"><#list site.menu as item><a href="${item.url}">${item.title}</a></#list></nav>
            <nav class="switcher"><#list page.translations as v><a href="${v.url}" hreflang="${v.localeTag}">${v.name}</a></#list></nav>
            <#if page.previous??><a rel="prev" href="${page.previous.url}">${page.previous.title}</a></#if><#if page.next??><a rel="next" href="${page.next.url}">${page.next.title}</a></#if>
            <#if page.axisPage??><a class="axis" href="${page.axisPage.url}">${page.axisPage.title}</a></#if>
            <#list page.pledges as p><a class="pledge" href="${p.url}">${p.title}</a></#list><#list page.undertakings as u><a class="undertaking" href="${u.url}">${u.title}</a></#list>
            </body></html>
            -- themes/mini/layouts/root.ftlh --
            <!DOCTYPE html><html lang="en"><head><title>${site.title}</title></head><body><#list site.languages as l><a href="${l.homeUrl}">${l.name}</a></#list></body></html>
            -- themes/mini/layouts/404.ftlh --
            <!DOCTYPE html><html lang="${site.lang.localeTag}"><head><title>Not found</title></head><body><h1>Not found</h1><#list site.menu as item><a href="${item.url}">${item.title}</a></#list></body></html>
            -- themes/mini/layouts/translation-status.ftlh --
            <!DOCTYPE html><html lang="en"><head><title>Status</title></head><body><#list status.languages as l><#list l.entries as e><p class="${e.state}">${e.title}</p></#list></#list></body></html>
            -- themes/mini/i18n/en.yml --
            """ + UI + """
            -- themes/mini/i18n/fr.yml --
            """ + UI + """
            -- themes/mini/i18n/es.yml --
            """ + UI;
}
