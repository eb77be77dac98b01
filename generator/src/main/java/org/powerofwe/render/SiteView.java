package org.powerofwe.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.powerofwe.config.MenuEntry;
import org.powerofwe.model.Language;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import org.powerofwe.model.PageType;

/** The site as templates of one language see it: title, languages, menu, and site-wide queries. */
public final class SiteView {

    private final RenderContext ctx;
    private final Language language;

    SiteView(RenderContext ctx, Language language) {
        this.ctx = ctx;
        this.language = language;
    }

    public String title() {
        return ctx.config().title().getOrDefault(language.code(), "");
    }

    public String description() {
        return ctx.config().description().getOrDefault(language.code(), "");
    }

    public String baseUrl() {
        return ctx.config().baseUrl().toString();
    }

    public String basePath() {
        return ctx.config().basePath();
    }

    public LanguageView lang() {
        return ctx.languageView(language);
    }

    public List<LanguageView> languages() {
        return ctx.config().languages().stream().map(ctx::languageView).toList();
    }

    /** The Atom feed of this language (news and report chapters). */
    public String feedUrl() {
        return ctx.config().basePath() + language.code() + "/feed.xml";
    }

    /** The search index of this language, loaded by the search page only when a reader searches. */
    public String searchIndexUrl() {
        return ctx.config().basePath() + language.code() + "/search-index.json";
    }

    /** The JSON export of this language's pledges, undertakings, chapters and figures. */
    public String exportUrl() {
        return ctx.config().basePath() + language.code() + "/export.json";
    }

    public PageView home() {
        return ctx.site().home(language.code()).map(ctx::view).orElse(null);
    }

    public List<MenuItemView> menu() {
        List<MenuItemView> items = new ArrayList<>();
        for (MenuEntry entry : ctx.config().menus().getOrDefault(language.code(), List.of())) {
            String file = entry.pageKey();
            PageKey key = PageKey.of(file.endsWith(".md") ? file.substring(0, file.length() - 3) : file);
            ctx.site().find(key, language.code()).map(ctx::view).ifPresent(p ->
                    items.add(new MenuItemView(key.value(), entry.title().orElse(p.title()), p.url())));
        }
        return items;
    }

    /** The page with this key in this language, or null. */
    public PageView page(String key) {
        return ctx.site().find(PageKey.of(key), language.code()).map(ctx::view).orElse(null);
    }

    /** Every page of a type ({@code pledge}, {@code chapter}, ...) in this language, in order. */
    public List<PageView> ofType(String type) {
        PageType pageType = PageType.valueOf(type.toUpperCase(java.util.Locale.ROOT));
        return ctx.site().ofType(pageType, language.code()).stream().map(ctx::view).toList();
    }

    /** The newest articles, at most {@code count}. */
    public List<PageView> latestNews(int count) {
        return ctx.site().newest(PageType.ARTICLE, language.code()).stream().limit(count).map(ctx::view).toList();
    }

    /** Every figure, grouped by the report chapter it comes from, in chapter order. */
    public List<FigureGroupView> figureGroups() {
        Map<String, List<MetricView>> byChapter = new LinkedHashMap<>();
        List<Page> chapters = ctx.site().ofType(PageType.CHAPTER, language.code());
        chapters.forEach(c -> byChapter.put(c.key().name(), new ArrayList<>()));
        for (Metric metric : ctx.site().metrics()) {
            List<MetricView> group = byChapter.get(metric.chapter().value());
            if (group != null) {
                group.add(metricView(ctx, metric, language.code()));
            }
        }
        List<FigureGroupView> groups = new ArrayList<>();
        for (Page chapter : chapters) {
            List<MetricView> metrics = byChapter.get(chapter.key().name());
            if (!metrics.isEmpty()) {
                groups.add(new FigureGroupView(ctx.view(chapter), List.copyOf(metrics)));
            }
        }
        return groups;
    }

    public int metricCount() {
        return ctx.site().metrics().size();
    }

    static MetricView metricView(RenderContext ctx, Metric metric, String lang) {
        FigureText text = ctx.figures(lang);
        PageView chapter = ctx.site().ofType(PageType.CHAPTER, lang).stream()
                .filter(c -> c.key().name().equals(metric.chapter().value())).findFirst().map(ctx::view).orElse(null);
        return new MetricView(metric.id(), metric.label(lang), text.value(metric), text.phrase(metric), metric.unit().id(),
                metric.qualifier().id(), text.period(metric), chapter);
    }
}
