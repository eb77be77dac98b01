package org.powerofwe.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.i18n.TranslationStatus;
import org.powerofwe.i18n.UiStrings;
import org.powerofwe.markdown.RenderedMarkdown;
import org.powerofwe.model.Language;
import org.powerofwe.model.Page;
import org.powerofwe.model.Site;

/**
 * Everything templates may draw on during one build: the assembled site, each page's rendered
 * body, the interface texts and number formats of each language, and asset URLs.
 */
public final class RenderContext {

    private final Site site;
    private final Map<String, UiStrings> ui;
    private final Map<String, FigureText> figureTexts;
    private final Map<String, RenderedMarkdown> bodies;
    private final AssetUrls assets;
    private final Map<String, SiteView> siteViews = new ConcurrentHashMap<>();
    private final Map<String, ChapterOrder> chapterOrders = new ConcurrentHashMap<>();
    private final TranslationStatus translations;
    private final DependencyRecorder dependencies;
    private volatile java.util.function.Function<Page, java.util.Optional<ReportDownload>> downloads = page -> java.util.Optional.empty();
    private org.powerofwe.images.ImageLibrary images;
    private org.powerofwe.images.SocialCards cards;

    public RenderContext(Site site, Map<String, UiStrings> ui, Map<String, FigureText> figureTexts,
            Map<String, RenderedMarkdown> bodies, AssetUrls assets, TranslationStatus translations, DependencyRecorder dependencies) {
        this.site = site;
        this.translations = translations;
        this.dependencies = dependencies;
        this.ui = Map.copyOf(ui);
        this.figureTexts = Map.copyOf(figureTexts);
        this.bodies = bodies;
        this.assets = assets;
    }

    /** Publishes covers through {@code images} and draws each page's card with {@code cards} (either may be null). */
    public RenderContext withImages(org.powerofwe.images.ImageLibrary images, org.powerofwe.images.SocialCards cards) {
        this.images = images;
        this.cards = cards;
        return this;
    }

    public java.util.Optional<org.powerofwe.images.ImageLibrary> images() {
        return java.util.Optional.ofNullable(images);
    }

    public java.util.Optional<org.powerofwe.images.SocialCards> cards() {
        return java.util.Optional.ofNullable(cards);
    }

    /** What a page's social card shows, in the page's language. */
    public org.powerofwe.images.SocialCard socialCard(Page page) {
        String axis = view(page).axisClass();
        return new org.powerofwe.images.SocialCard(page.title(), siteView(page.lang()).title(), ui(page.lang()).get("site.org"), axis);
    }

    /** Where each translation stands against its source. */
    public TranslationStatus translations() {
        return translations;
    }

    public Site site() {
        return site;
    }

    public SiteConfig config() {
        return site.config();
    }

    public UiStrings ui(String lang) {
        return ui.get(lang);
    }

    public FigureText figures(String lang) {
        return figureTexts.get(lang);
    }

    public AssetUrls assets() {
        return assets;
    }

    /** The rendered body of a page (fallback copies have their own, with links in their language). */
    public RenderedMarkdown body(Page page) {
        RenderedMarkdown body = bodies.get(page.path());
        if (body == null) {
            throw new IllegalStateException("no rendered body for " + page.path());
        }
        return body;
    }

    /** The URL readers follow to a page: the base path plus the page's path. */
    public String url(Page page) {
        return config().basePath() + page.path();
    }

    /** The absolute URL of a path below the site root, for canonical links, feeds and the sitemap. */
    public String absolute(String path) {
        return config().baseUrl().toString() + path;
    }

    public SiteView siteView(String lang) {
        return siteViews.computeIfAbsent(lang, l -> new SiteView(this, config().language(l)));
    }

    public LanguageView languageView(Language language) {
        return new LanguageView(language, url(site.home(language.code()).orElseThrow()), language.code().equals(config().defaultLanguage()));
    }

    /** The chapters among a section page's children, in reading order; computed once per build. */
    public ChapterOrder chapterOrder(Page section) {
        return chapterOrders.computeIfAbsent(section.path(), k -> ChapterOrder.of(site.children(section)));
    }

    /** A page as templates see it; notes that the page being rendered shows something of it. */
    public PageView view(Page page) {
        dependencies.read(page.path());
        return new PageView(this, page);
    }

    /** Tells pages where the PDF of a report is (given the report's cover page). */
    public RenderContext withDownloads(java.util.function.Function<Page, java.util.Optional<ReportDownload>> lookup) {
        this.downloads = lookup;
        return this;
    }

    /** The PDF of a report, given its cover page. */
    public java.util.Optional<ReportDownload> download(Page report) {
        dependencies.readDownload(report.path());
        return downloads.apply(report);
    }

    /**
     * What pages can show of a report's PDF, without noting it as read: "none" when the report has
     * no PDF here, its size once it is laid out, empty while it is being laid out.
     */
    public java.util.Optional<String> downloadShown(Page report) {
        java.util.Optional<ReportDownload> download = downloads.apply(report);
        if (download.isEmpty()) {
            return java.util.Optional.of("none");
        }
        java.util.concurrent.CompletableFuture<java.util.OptionalLong> size = download.get().size();
        if (!size.isDone() || size.isCompletedExceptionally()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(download.get().url() + " " + size.join());
    }

    /** The report cover whose PDF a page links to: a report's own cover, a chapter's report; empty for other pages. */
    public java.util.Optional<Page> reportCover(Page page) {
        return switch (page.type()) {
            case REPORT -> java.util.Optional.of(page);
            case CHAPTER -> site.parent(page);
            default -> java.util.Optional.empty();
        };
    }

    /**
     * What a page must wait for before it is rendered: the PDF whose size it shows, while that PDF is
     * still being made. The publisher renders such pages once it is made, so no page ever blocks.
     */
    public java.util.Optional<java.util.concurrent.CompletableFuture<java.util.OptionalLong>> pendingDownload(Page page) {
        return reportCover(page).flatMap(this::download).map(ReportDownload::size).filter(size -> !size.isDone());
    }

    public DependencyRecorder dependencies() {
        return dependencies;
    }
}
