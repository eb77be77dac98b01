package org.powerofwe.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/** Adding Arabic, written right to left, takes only configuration and content: no code, no theme change. */
class FourthLanguageTest {

    @TempDir
    Path dir;

    @Test
    void arabicIsPublishedRightToLeftWithItsOwnAddressesNumbersAndSwitcherEntry() {
        String config = Sites.CONFIG
                .replace("title: { en: \"The Power of We\", fr: \"Le pouvoir du nous\", es: \"El poder del nosotros\" }",
                        "title: { en: \"The Power of We\", fr: \"Le pouvoir du nous\", es: \"El poder del nosotros\", ar: \"قوة النحن\" }")
                .replace("  - { code: es, name: Español, locale: es-ES }", "  - { code: es, name: Español, locale: es-ES }\n  - { code: ar, name: العربية, locale: ar, dir: rtl }")
                .replace("pact: { en: pact, fr: pacte, es: pacto }", "pact: { en: pact, fr: pacte, es: pacto, ar: mithaq }")
                .replaceAll("(\\w+): \\{ en: (\\S+), fr: (\\S+), es: (\\S+) }", "$1: { en: $2, fr: $3, es: $4, ar: $2 }");
        TestSite site = TestSite.write(dir, config + Sites.HOMES + Sites.PACT + """
                -- content/_index.ar.md --
                ---
                title: قوة النحن
                ---
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                There were {{< metric participants >}} participants.
                -- content/news/_index.ar.md --
                ---
                title: الأخبار
                ---
                بلغ عدد المشاركين {{< metric participants >}}.
                -- content/pact/_index.ar.md --
                ---
                title: ميثاق من أجل المستقبل
                ---
                -- content/pact/government.ar.md --
                ---
                title: الحكم
                slug: al-hukm
                axis: government
                vision: البلديات هي القوة الدافعة.
                weight: 3
                ---
                رؤيتنا.
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
                -- content/data/metrics/m.yml --
                metrics:
                  - { id: participants, value: 3000, unit: count, period: "2021", chapter: gatherings, label: { en: Participants, fr: Participants, es: Participantes, ar: المشاركون } }
                """);
        site.buildOk();
        Document home = site.html("ar/index.html");
        assertEquals("rtl", home.selectFirst("html").attr("dir"));
        assertEquals("ar", home.selectFirst("html").attr("lang"));
        assertEquals("انتقل إلى المحتوى الرئيسي", home.selectFirst(".skip-link").text(), "the theme speaks Arabic");
        String news = site.html("ar/news/index.html").selectFirst(".prose").text();
        assertTrue(news.contains("٣٬٠٠٠") || news.contains("3,000"), "numbers follow the Arabic locale: " + news);
        Document axis = site.html("ar/mithaq/al-hukm/index.html");
        assertNotNull(axis.selectFirst("link[hreflang=ar][href=https://example.org/power-of-we/ar/mithaq/al-hukm/]"));
        assertNotNull(site.html("en/pact/government/index.html").selectFirst("link[hreflang=ar]"), "the English page points to the Arabic one");
        assertEquals("/power-of-we/ar/mithaq/al-hukm/", site.html("fr/pacte/gouvernement/index.html")
                .selectFirst(".language-switcher a[hreflang=ar]").attr("href"));
        assertTrue(site.file("sitemap.xml").contains("hreflang=\"ar\""));
        assertTrue(site.exists("ar/404.html"));
        Document fallback = site.html("ar/report/2021/gatherings/index.html");
        assertTrue(fallback.selectFirst(".notice").text().contains("الإنجليزية"), "an untranslated chapter falls back with a notice in Arabic: " + fallback.selectFirst(".notice").text());
        assertEquals("en-GB", fallback.selectFirst("main .wrap").attr("lang"));
    }
}
