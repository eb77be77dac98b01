package org.powerofwe.build;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.powerofwe.i18n.Typography;
import org.powerofwe.markdown.RenderedMarkdown;
import org.powerofwe.model.Language;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageType;
import org.powerofwe.model.Site;
import org.powerofwe.model.TypeFields;
import org.powerofwe.publish.AtomFeed;
import org.powerofwe.publish.Json;
import org.powerofwe.publish.OutputSink;
import org.powerofwe.publish.SearchIndex;
import org.powerofwe.render.FigureText;
import org.powerofwe.render.RenderContext;

/**
 * Writes the machine-readable files of each language: the search index, the Atom feed of news and
 * report chapters, and the JSON export of pledges, undertakings, chapters and figures. The search
 * entry of each page is kept between preview rebuilds, so a save re-encodes only the saved page.
 */
final class LanguageFiles {

    static final String SEARCH_INDEX = "search-index.json";
    static final String FEED = "feed.xml";
    static final String EXPORT = "export.json";
    /**
     * The newest entries a feed carries, each with its full text. Feed readers poll often and keep
     * what they have seen; a feed of every page would weigh megabytes on a large site.
     */
    static final int FEED_ENTRIES = 30;

    /** Each page's search entry, in UTF-8 as it is published: the build cache keeps it so, and the index joins the bytes. */
    private final Map<String, byte[]> searchEntries = new java.util.concurrent.ConcurrentHashMap<>();
    private Site site;
    private RenderContext ctx;

    /** Makes a page's search entry now, while its plain text is at hand (a lean build drops it after); returns it. */
    byte[] prepare(Page page, RenderedMarkdown body, String url, java.util.Locale locale) {
        byte[] entry = searchEntry(locale, page.title(), page.summary().isEmpty() ? body.excerpt() : page.summary(), url, page.type().id(), body.text());
        searchEntries.put(page.path(), entry);
        return entry;
    }

    /** Takes a page's search entry as made by {@link #prepare} in an earlier build (the build cache keeps it with the body). */
    void keep(Page page, byte[] entry) {
        searchEntries.put(page.path(), entry);
    }

    /** A search entry; results show their title and summary with the typography of the page (French spacing, English quotes). */
    private static byte[] searchEntry(java.util.Locale locale, String title, String summary, String url, String kind, String text) {
        return SearchIndex.entry(new SearchIndex.Entry(Typography.plain(locale, title), Typography.plain(locale, summary), url, kind, text))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Forgets the entries of pages whose title, summary, URL or text may have changed. */
    void forget(java.util.Collection<String> pagePaths) {
        pagePaths.forEach(searchEntries::remove);
    }

    void clear() {
        searchEntries.clear();
    }

    void write(Site site, RenderContext ctx, java.util.Collection<String> languages, OutputSink out) {
        this.site = site;
        this.ctx = ctx;
        for (Language language : site.config().languages()) {
            if (!languages.contains(language.code())) {
                continue;
            }
            String lang = language.code();
            out.write(lang + "/" + SEARCH_INDEX, searchIndex(lang));
            out.write(lang + "/" + FEED, feed(language));
            out.write(lang + "/" + EXPORT, export(lang));
        }
    }

    private byte[] searchIndex(String lang) {
        java.util.Locale locale = site.config().language(lang).locale();
        List<byte[]> entries = site.pages(lang).stream()
                .filter(p -> !p.draft())
                .map(p -> searchEntries.computeIfAbsent(p.path(), path ->
                        searchEntry(locale, p.title(), summary(p), ctx.url(p), p.type().id(), ctx.body(p).text())))
                .toList();
        return SearchIndex.join(entries);
    }

    private String feed(Language language) {
        String lang = language.code();
        List<AtomFeed.Entry> entries = site.pages(lang).stream()
                .filter(p -> (p.type() == PageType.ARTICLE || p.type() == PageType.CHAPTER) && !p.draft())
                .sorted(Comparator.comparing(LanguageFiles::feedDate).reversed().thenComparing(p -> ctx.absolute(p.path())))
                .limit(FEED_ENTRIES)
                .map(p -> new AtomFeed.Entry(p.title(), ctx.absolute(p.path()), feedDate(p), summary(p), typography(language, ctx.body(p).html())))
                .toList();
        String title = site.config().title().getOrDefault(lang, "");
        return AtomFeed.xml(title, language.localeTag(), ctx.absolute(lang + "/" + FEED), ctx.absolute(lang + "/"), entries);
    }

    private static String typography(Language language, String html) {
        return Typography.html(language.locale(), html);
    }

    /** A page's date; a chapter without one is dated at the end of the year it reports on. */
    static LocalDate feedDate(Page page) {
        return page.date().orElseGet(() -> page.fieldsAs(TypeFields.Chapter.class)
                .map(c -> LocalDate.of(c.year(), 12, 31)).orElse(LocalDate.of(2000, 1, 1)));
    }

    private String summary(Page page) {
        return page.summary().isEmpty() ? ctx.body(page).excerpt() : page.summary();
    }

    private String export(String lang) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("language", lang);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("title", site.config().title().getOrDefault(lang, ""));
        about.put("url", ctx.absolute(lang + "/"));
        root.put("site", about);
        root.put("axes", pages(lang, PageType.AXIS));
        root.put("pledges", pages(lang, PageType.PLEDGE));
        root.put("undertakings", pages(lang, PageType.UNDERTAKING));
        root.put("chapters", pages(lang, PageType.CHAPTER));
        root.put("figures", figures(lang));
        return Json.write(root);
    }

    private List<Object> pages(String lang, PageType type) {
        List<Object> list = new ArrayList<>();
        for (Page page : site.ofType(type, lang)) {
            if (page.draft()) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", page.key().value());
            item.put("title", page.title());
            item.put("summary", summary(page));
            item.put("url", ctx.absolute(page.path()));
            item.put("language", page.contentLang());
            page.weight().ifPresent(w -> item.put("weight", w));
            facts(page.fields(), item);
            list.add(item);
        }
        return list;
    }

    private static void facts(TypeFields fields, Map<String, Object> item) {
        if (fields instanceof TypeFields.Axis a) {
            item.put("axis", a.axis());
            item.put("vision", a.vision());
        } else if (fields instanceof TypeFields.Pledge p) {
            item.put("axis", p.axis().value());
        } else if (fields instanceof TypeFields.Undertaking u) {
            item.put("axis", u.axis().value());
            item.put("pledges", u.pledges().stream().map(r -> "pledges/" + r.value()).toList());
        } else if (fields instanceof TypeFields.Chapter c) {
            item.put("year", c.year());
            item.put("chapter", c.label());
        }
    }

    private List<Object> figures(String lang) {
        FigureText text = ctx.figures(lang);
        List<Object> list = new ArrayList<>();
        for (Metric metric : site.metrics()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", metric.id());
            item.put("label", metric.label(lang));
            item.put("value", number(metric.value()));
            metric.max().ifPresent(max -> item.put("max", number(max)));
            item.put("unit", metric.unit().id());
            item.put("qualifier", metric.qualifier().id());
            item.put("period", metric.period());
            item.put("chapter", metric.chapter().value());
            item.put("text", text.phrase(metric));
            list.add(item);
        }
        return list;
    }

    private static Object number(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 ? (Object) value.longValueExact() : value.doubleValue();
    }
}
