package org.powerofwe.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import org.powerofwe.i18n.TranslationStatus;
import org.powerofwe.markdown.RenderedMarkdown;
import org.powerofwe.markdown.TocEntry;
import org.powerofwe.model.Language;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import org.powerofwe.model.PageType;
import org.powerofwe.model.Site;
import org.powerofwe.model.TypeFields;

/**
 * A page as templates see it: its texts, URLs, translations and the pages related to it
 * (axis, pledges, undertakings, chapters, previous and next). Computed on demand; methods return
 * {@code null} (undefined in templates, test with {@code ??}) when a relation does not apply.
 */
public final class PageView {

    private final RenderContext ctx;
    private final Page page;

    PageView(RenderContext ctx, Page page) {
        this.ctx = ctx;
        this.page = page;
    }

    public Page model() {
        return page;
    }

    public String key() {
        return page.key().value();
    }

    public String type() {
        return page.type().id();
    }

    public String title() {
        return page.title();
    }

    /** The page's summary, or the start of its text when it has none. */
    public String summary() {
        return page.summary().isEmpty() ? body().excerpt() : page.summary();
    }

    public String url() {
        return ctx.url(page);
    }

    public String permalink() {
        return ctx.absolute(page.path());
    }

    public LanguageView lang() {
        return ctx.languageView(ctx.config().language(page.lang()));
    }

    /** The language the text is written in (differs from {@link #lang()} on a fallback page). */
    public LanguageView contentLang() {
        return ctx.languageView(ctx.config().language(page.contentLang()));
    }

    public boolean fallback() {
        return page.isFallback();
    }

    /** The address that opens this page's source file in GitHub's web editor, or null when editLink is not configured. */
    public String editUrl() {
        return ctx.config().editLink().map(link -> link.url(page.file())).orElse(null);
    }

    public boolean draft() {
        return page.draft();
    }

    /** The date written out for the page's language, or null. */
    public String date() {
        return page.date().map(d -> ctx.figures(page.lang()).format().date(d)).orElse(null);
    }

    public String dateIso() {
        return page.date().map(Object::toString).orElse(null);
    }

    public TemplateHTMLOutputModel content() throws TemplateModelException {
        ctx.dependencies().readBody(page.path());
        return markup(body().html());
    }

    public List<TocEntry> toc() {
        ctx.dependencies().readBody(page.path());
        return body().toc().stream().filter(e -> e.level() == 2 || e.level() == 3).toList();
    }

    public int wordCount() {
        ctx.dependencies().readBody(page.path());
        return body().wordCount();
    }

    /** The language switcher: every language, with this page's URL in it or its home page. */
    public List<TranslationView> translations() {
        Site site = ctx.site();
        List<TranslationView> result = new ArrayList<>();
        for (Language language : ctx.config().languages()) {
            Optional<Page> version = site.find(page.key(), language.code());
            boolean available = version.filter(v -> !v.isFallback()).isPresent();
            String url = version.map(ctx::url).orElseGet(() -> ctx.url(site.home(language.code()).orElseThrow()));
            result.add(new TranslationView(language.code(), language.name(), language.localeTag(), url,
                    language.code().equals(page.lang()), available, version.filter(Page::isFallback).isPresent()));
        }
        return result;
    }

    /** hreflang alternates: every real translation, and x-default for the default language. */
    public List<AlternateView> alternates() {
        List<AlternateView> result = new ArrayList<>();
        List<Page> translations = ctx.site().translations(page.key());
        for (Page version : translations) {
            result.add(new AlternateView(ctx.config().language(version.lang()).localeTag(), ctx.absolute(version.path())));
        }
        translations.stream().filter(v -> v.lang().equals(ctx.config().defaultLanguage())).findFirst()
                .ifPresent(v -> result.add(new AlternateView("x-default", ctx.absolute(v.path()))));
        return result;
    }

    /** True when the source page changed since this translation was made (readers are told). */
    public boolean outdated() {
        return !page.isFallback() && !page.lang().equals(ctx.config().defaultLanguage())
                && ctx.translations().entry(page.key(), page.lang()).map(e -> e.state() == TranslationStatus.State.OUTDATED).orElse(false);
    }

    /** The same page in the default language, which translations are made from. */
    public PageView source() {
        return ctx.site().find(page.key(), ctx.config().defaultLanguage()).filter(p -> !p.equals(page)).map(ctx::view).orElse(null);
    }

    /** The canonical URL: the page itself, or for a fallback copy the original it copies. */
    public String canonical() {
        if (page.isFallback()) {
            return ctx.site().find(page.key(), page.contentLang()).map(p -> ctx.absolute(p.path())).orElse(permalink());
        }
        return permalink();
    }

    public PageView parent() {
        return ctx.site().parent(page).map(ctx::view).orElse(null);
    }

    /** The pages above this one, from the home page down to its parent. */
    public List<PageView> breadcrumbs() {
        List<PageView> trail = new ArrayList<>();
        Optional<Page> current = ctx.site().parent(page);
        while (current.isPresent()) {
            trail.add(0, ctx.view(current.get()));
            current = ctx.site().parent(current.get());
        }
        return trail;
    }

    public List<PageView> children() {
        return views(ctx.site().children(page));
    }

    /** True when this page is {@code key} or lies below that section page (for menu highlighting). */
    public boolean isUnder(String key) {
        // Asked for each menu entry of every page: no regular expression compiled per call.
        PageKey target = PageKey.of(key.endsWith(".md") ? key.substring(0, key.length() - 3) : key);
        Optional<PageKey> current = Optional.of(page.key());
        while (current.isPresent()) {
            if (current.get().equals(target)) {
                return true;
            }
            current = current.get().parent().filter(k -> !k.isHome());
        }
        return false;
    }

    // --- Pact: axes, pledges, undertakings -------------------------------------------------

    /** The axis page a pledge or undertaking belongs to, or this page for an axis. */
    public PageView axisPage() {
        return axisId().flatMap(id -> ctx.site().ofType(PageType.AXIS, page.lang()).stream()
                .filter(a -> a.fieldsAs(TypeFields.Axis.class).map(TypeFields.Axis::axis).filter(id::equals).isPresent())
                .findFirst()).map(ctx::view).orElse(null);
    }

    public String vision() {
        return page.fieldsAs(TypeFields.Axis.class).map(TypeFields.Axis::vision).filter(v -> !v.isEmpty()).orElse(null);
    }

    /** For an axis, its pledges; for an undertaking, the pledges it serves. */
    public List<PageView> pledges() {
        if (page.type() == PageType.AXIS) {
            return views(ofAxis(PageType.PLEDGE));
        }
        return page.fieldsAs(TypeFields.Undertaking.class).map(u -> views(u.pledges().stream()
                .map(ref -> ctx.site().find(PageKey.of("pledges/" + ref.value()), page.lang()))
                .flatMap(Optional::stream).toList())).orElse(List.of());
    }

    /** For an axis, its undertakings; for a pledge, the undertakings that serve it. */
    public List<PageView> undertakings() {
        if (page.type() == PageType.AXIS) {
            return views(ofAxis(PageType.UNDERTAKING));
        }
        if (page.type() == PageType.PLEDGE) {
            return views(ctx.site().undertakingsServing(page.key().name(), page.lang()));
        }
        return List.of();
    }

    private List<Page> ofAxis(PageType type) {
        String axis = axisId().orElse("");
        return ctx.site().ofType(type, page.lang()).stream().filter(p -> axisOf(p).filter(axis::equals).isPresent()).toList();
    }

    private Optional<String> axisId() {
        return axisOf(page);
    }

    private static Optional<String> axisOf(Page p) {
        TypeFields fields = p.fields();
        if (fields instanceof TypeFields.Axis a) {
            return Optional.of(a.axis());
        }
        if (fields instanceof TypeFields.Pledge pl) {
            return Optional.of(pl.axis().value());
        }
        if (fields instanceof TypeFields.Undertaking u) {
            return Optional.of(u.axis().value());
        }
        return Optional.empty();
    }

    // --- Images: cover and social card ---------------------------------------------------

    /** The axis of the page ({@code people}, {@code planet}, {@code government}), or empty. */
    public String axisClass() {
        return axisId().orElse("");
    }

    /** The page's cover photo, ready to show, or null when it has none. */
    public CoverView cover() {
        if (page.cover().isEmpty() || ctx.images().isEmpty()) {
            return null;
        }
        org.powerofwe.model.Cover cover = page.cover().get();
        return CoverImages.contentPath(page, cover)
                .flatMap(path -> ctx.images().get().image(path).image())
                .map(image -> new CoverView(image, cover))
                .orElse(null);
    }

    /** The absolute URL of the page's own social card (drawn for each page and language). */
    public String socialCard() {
        return ctx.cards().isPresent() ? ctx.absolute(page.path() + org.powerofwe.images.SocialCards.FILE_NAME) : null;
    }

    /** A cover as templates see it: the {@code <picture>} markup, caption and credit. */
    public static final class CoverView {
        private final org.powerofwe.images.ResponsiveImage image;
        private final org.powerofwe.model.Cover cover;

        CoverView(org.powerofwe.images.ResponsiveImage image, org.powerofwe.model.Cover cover) {
            this.image = image;
            this.cover = cover;
        }

        /** The picture, loaded at once: a cover is the first thing a reader sees. */
        public TemplateHTMLOutputModel picture() throws TemplateModelException {
            return HTMLOutputFormat.INSTANCE.fromMarkup(image.html(cover.alt(), org.powerofwe.images.ResponsiveImage.COVER_SIZES, true, "cover__image"));
        }

        public String caption() {
            return cover.caption();
        }

        public String credit() {
            return cover.credit();
        }
    }

    // --- Report: cover and chapters -------------------------------------------------------

    /** For a report cover, its chapters in order. */
    public List<PageView> chapters() {
        return page.type() == PageType.REPORT ? views(ctx.site().children(page).stream().filter(p -> p.type() == PageType.CHAPTER).toList()) : List.of();
    }

    public String chapterLabel() {
        return page.fieldsAs(TypeFields.Chapter.class).map(TypeFields.Chapter::label).orElse(null);
    }

    public Integer year() {
        return page.fieldsAs(TypeFields.Chapter.class).map(TypeFields.Chapter::year)
                .or(() -> page.fieldsAs(TypeFields.Report.class).map(TypeFields.Report::year)).orElse(null);
    }

    /**
     * The PDF of the whole report, for its cover and each chapter: its URL and its size written for
     * the page's language ("2.1 MB", "2,1 Mo"), or null without a PDF.
     */
    public DownloadView reportPdf() {
        return ctx.reportCover(page).flatMap(ctx::download).map(d -> new DownloadView(d.url(), d.size().join().stream()
                .mapToObj(bytes -> DownloadView.size(bytes, ctx.figures(page.lang()).format(), ctx.ui(page.lang()))).findFirst().orElse(null)))
                .orElse(null);
    }

    /** The chapter's report cover. */
    public PageView report() {
        return page.type() == PageType.CHAPTER ? parent() : null;
    }

    public PageView previous() {
        return sibling(-1);
    }

    public PageView next() {
        return sibling(1);
    }

    private PageView sibling(int step) {
        if (page.type() != PageType.CHAPTER) {
            return null;
        }
        // The chapters of a year are listed once per build, not once per chapter and direction: a
        // year of N chapters cost N² comparisons of whole pages.
        return ctx.site().parent(page).map(ctx::chapterOrder)
                .flatMap(order -> order.beside(page, step)).map(ctx::view).orElse(null);
    }

    // --- Campaigns and figures ------------------------------------------------------------

    public List<String> hashtags() {
        return page.fieldsAs(TypeFields.Campaign.class).map(TypeFields.Campaign::hashtags).orElse(List.of());
    }

    /** The figures a campaign shows. */
    public List<MetricView> metrics() {
        return campaignMetrics().stream().map(m -> SiteView.metricView(ctx, m, page.lang())).toList();
    }

    /** The campaign's figures drawn as a chart or cards, or null when it has none. */
    public TemplateHTMLOutputModel figures() throws TemplateModelException {
        List<Metric> metrics = campaignMetrics();
        if (metrics.isEmpty()) {
            return null;
        }
        Language language = ctx.config().language(page.lang());
        return markup(FigureCharts.render(metrics, page.lang(), ctx.figures(page.lang()), "campaign-figures",
                language.direction() == Language.Direction.RTL));
    }

    private List<Metric> campaignMetrics() {
        return page.fieldsAs(TypeFields.Campaign.class).map(c -> c.metrics().stream()
                .map(ref -> ctx.site().metric(ref.value())).flatMap(Optional::stream).toList()).orElse(List.of());
    }

    // --- helpers ---------------------------------------------------------------------------

    private RenderedMarkdown body() {
        return ctx.body(page);
    }

    private List<PageView> views(List<Page> pages) {
        return pages.stream().map(ctx::view).toList();
    }

    static TemplateHTMLOutputModel markup(String html) throws TemplateModelException {
        return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageView v && v.page.path().equals(page.path());
    }

    @Override
    public int hashCode() {
        return Objects.hash(page.path());
    }
}
