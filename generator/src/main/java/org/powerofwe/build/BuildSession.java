package org.powerofwe.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.powerofwe.build.ProblemStore.Stage;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.config.SiteConfigLoader;
import org.powerofwe.content.ContentFile;
import org.powerofwe.content.ContentLoader;
import org.powerofwe.content.ContentScanner;
import org.powerofwe.content.LoadedContent;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.i18n.Glossary;
import org.powerofwe.i18n.GlossaryLoader;
import org.powerofwe.i18n.LocaleFormat;
import org.powerofwe.i18n.Revisions;
import org.powerofwe.i18n.Terminology;
import org.powerofwe.i18n.TranslationStatus;
import org.powerofwe.markdown.MarkdownRenderer;
import org.powerofwe.markdown.RenderedMarkdown;
import org.powerofwe.model.Language;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import org.powerofwe.model.Site;
import org.powerofwe.model.SiteAssembler;
import org.powerofwe.model.TranslationConsistency;
import org.powerofwe.images.ImageCache;
import org.powerofwe.images.ImageLibrary;
import org.powerofwe.images.ImageSettings;
import org.powerofwe.images.SocialCards;
import org.powerofwe.publish.AssetPipeline;
import org.powerofwe.publish.OutputSink;
import org.powerofwe.render.AssetUrls;
import org.powerofwe.render.DependencyRecorder;
import org.powerofwe.render.FigureText;
import org.powerofwe.render.PageRenderer;
import org.powerofwe.render.RenderContext;
import org.powerofwe.render.SiteMarkdownEnvironment;
import org.powerofwe.render.Theme;

/**
 * A build that remembers what it read and rendered. {@link #rebuild} runs the stages in order:
 * configure → load theme → load content → assemble → check translations → render Markdown →
 * render pages → write files. {@link #update} redoes, after a save, only what the saved pages
 * affect: the pages themselves, their fallback copies and translations, and the pages that show
 * their title or summary; anything that can move pages in lists falls back to a full rebuild.
 */
public final class BuildSession {

    /**
     * What a rebuild or update did.
     *
     * @param rendered         whether pages were rendered (false when there are errors)
     * @param pendingLanguages languages whose search index, feed and export still need writing
     *                         ({@link #writeLanguageFiles}), left for after the pages are served
     */
    public record Outcome(boolean rendered, boolean incremental, int pagesRendered, Map<String, Integer> pagesPerLanguage,
            Set<String> pendingLanguages, Map<String, Integer> fallbacksPerLanguage) {

        public static Outcome failed(boolean incremental) {
            return new Outcome(false, incremental, 0, Map.of(), Set.of(), Map.of());
        }
    }

    /** The image addresses in a body's HTML (an edit that changes them changes the image files published). */
    private static final java.util.regex.Pattern IMAGE_SOURCES = java.util.regex.Pattern.compile("\\b(?:src|srcset)=\"([^\"]*)\"");

    private final BuildOptions options;
    private final ProjectLayout layout;
    private final ForkJoinPool pool;
    private final ProblemStore problems = new ProblemStore();
    private final Map<String, RenderedMarkdown> bodies = new ConcurrentHashMap<>();
    /** The identity of each body taken from or kept in the body cache, by page path (what the page cache checks). */
    private final Map<String, String> bodyIdentities = new ConcurrentHashMap<>();
    /** The hash of each page file's bytes as this load read them, for the body cache's keys. */
    private final org.powerofwe.build.cache.SourceDigests sourceDigests = new org.powerofwe.build.cache.SourceDigests();
    private final Map<String, Page> sources = new LinkedHashMap<>();
    private final Map<String, Revision> revisions = new ConcurrentHashMap<>();
    private final LanguageFiles languageFiles = new LanguageFiles();
    private final Map<String, Glossary> glossaries = new LinkedHashMap<>();

    private SiteConfig config;
    private Problems configProblems = new Problems();
    private Theme theme;
    private AssetPipeline.Result themeAssets;
    private AssetUrls urls;
    private Map<String, FigureText> figureTexts;
    private MarkdownRenderer markdown;
    /** This build's images (covers and photos in pages), processed on first use, kept in .cache/images/. */
    private ImageLibrary images;
    /** Draws each page's social card, kept in .cache/cards/; null when the theme has no card template. */
    private SocialCards cards;
    private List<ContentFile> files = List.of();
    /** The page files of {@link #files} by absolute path, made at the first save after a load. */
    private Map<Path, ContentFile> pageFilesByPath;
    private List<Metric> metrics = List.of();
    private Set<PageKey> pageFiles = Set.of();
    private Site site;
    /** The translation status of {@link #site}, kept up to date page by page in the preview. */
    private TranslationStatus status;
    private DependencyRecorder dependencies = new DependencyRecorder();
    private boolean ready;
    private Progress progress = Progress.NONE;
    private boolean lean;
    /** The preview makes the report PDFs when they are asked for; builds and checks make them with the pages. */
    private boolean pdfsOnRequest;
    private org.powerofwe.pdf.PdfCache pdfCache;
    private boolean previewing;
    /** Rendered bodies kept in .cache/build/ between processes; null when the cache is off. */
    private org.powerofwe.build.cache.BodyCache bodyCache;
    /** What every body of the loaded site depends on besides its page, for {@link #bodyCache}'s keys. */
    private String cacheContext;
    /** Whole rendered pages kept in .cache/build/ between processes; null when the cache is off or in the preview. */
    private org.powerofwe.build.cache.PageCache pageCache;
    /** The page cache's skeleton and index for the loaded site, read while its bodies render. */
    private Background<Optional<PagesAhead>> pagesAhead;
    /** The page cache's index being written while the output is swapped in; null when none is. */
    private Background<Void> indexWriting;
    /** The body cache's list of used entries and pack of first parts being written while pages render; null when none is. */
    private Background<Void> bodiesPruning;

    public BuildSession(BuildOptions options, ForkJoinPool pool) {
        this.options = options;
        this.layout = new ProjectLayout(options.source());
        this.pool = pool;
    }

    /**
     * Keeps only what page templates need of each rendered body (a one-shot build): the plain text
     * becomes the page's search entry at once, and links and headings (for checks) are dropped.
     * Not for the preview server, which renders pages again, nor for checks.
     */
    public BuildSession lean() {
        this.lean = true;
        return this;
    }

    /**
     * Builds for the preview: a difference between a translation and its source (shared fields,
     * cited figures) is a warning shown on the translated page instead of an error that would hide
     * every page; builds and checks keep it an error.
     */
    public BuildSession previewing() {
        this.previewing = true;
        return this;
    }

    /**
     * Makes the report PDFs only when {@link #reportPdf} asks for one (the preview server): a save
     * never waits for a PDF. Pages then link to the PDF without its size.
     */
    public BuildSession pdfsOnRequest() {
        this.pdfsOnRequest = true;
        this.pdfCache = org.powerofwe.pdf.PdfCache.inMemory();
        return this;
    }

    /**
     * The report PDF published at {@code relativePath}, laid out now from the current content
     * (or taken from memory when the report did not change); empty when no report is there or
     * the site has errors, which then are among {@link #problems()}.
     */
    public Optional<byte[]> reportPdf(String relativePath) {
        if (site == null || !ready || !relativePath.endsWith(".pdf")) {
            return Optional.empty();
        }
        RenderContext ctx = context();
        Problems found = new Problems();
        Optional<byte[]> pdf = preparePdfs(ctx, new PageRenderer(theme.engine(), ctx, theme.layoutsDisplay()), found)
                .flatMap(pdfs -> pdfs.renderNow(relativePath, pdfCache(), found));
        problems.replaceAll(Stage.PDF, found);
        return pdf;
    }

    private Optional<org.powerofwe.pdf.ReportPdfs> preparePdfs(RenderContext ctx, PageRenderer renderer, Problems found) {
        java.nio.file.Path layouts = layout.themeDir(theme.name()).resolve("layouts");
        return org.powerofwe.pdf.ReportPdfs.prepare(ctx, renderer, layouts, theme.layoutsDisplay(),
                theme.engine().exists(org.powerofwe.pdf.ReportPdfs.TEMPLATE), found);
    }

    /** PDFs of the previous build are reused when their report did not change: the output, or public/ for a check. */
    private org.powerofwe.pdf.PdfCache pdfCache() {
        if (pdfCache == null) {
            pdfCache = new org.powerofwe.pdf.PdfCache(Optional.of(options.output().orElse(layout.root().resolve("public"))));
        }
        return pdfCache;
    }

    /**
     * Takes page bodies from {@code .cache/build/} when nothing they depend on changed, and keeps the
     * bodies it renders there for the next process ({@code --no-cache} leaves this off).
     */
    public BuildSession withBuildCache() {
        this.bodyCache = org.powerofwe.build.cache.BodyCache.open(layout.cacheDir().resolve("build"));
        this.pageCache = org.powerofwe.build.cache.PageCache.open(layout.cacheDir().resolve("build"));
        return this;
    }

    /** What the build cache spared since this session started. */
    public org.powerofwe.build.cache.CacheStats cacheStats() {
        return bodyCache == null ? org.powerofwe.build.cache.CacheStats.OFF : bodyCache.stats(pageCache);
    }

    /** Reports the stages and rendered pages of the next builds. */
    public BuildSession withProgress(Progress listener) {
        this.progress = listener;
        return this;
    }

    public ProjectLayout layout() {
        return layout;
    }

    /** Every problem of the current state, in reading order. */
    public List<Problem> problems() {
        return problems.all();
    }

    public boolean hasErrors() {
        return problems.hasErrors();
    }

    /** Photos processed and social cards drawn since the last load: work the cache could not spare. */
    public record ImageWork(int photosProcessed, int cardsDrawn) {
    }

    public ImageWork imageWork() {
        return new ImageWork(images == null ? 0 : images.processedCount(), cards == null ? 0 : cards.drawnCount());
    }

    /** The assembled site of the last successful load, if any. */
    public Optional<Site> site() {
        return Optional.ofNullable(site);
    }

    /** The rendered body of a published page (for checks on links and anchors). */
    public Optional<RenderedMarkdown> body(String pagePath) {
        return Optional.ofNullable(bodies.get(pagePath));
    }

    /** Reads everything again and renders the whole site into {@code out} when there is no error. */
    public Outcome rebuild(OutputSink out) {
        return load() ? renderAll(out) : Outcome.failed(false);
    }

    /**
     * Reads configuration, theme and content, assembles the site and renders every page body;
     * returns whether pages can be rendered (no error so far).
     */
    public boolean load() {
        awaitCacheWrites();
        takePagesAhead();
        problems.clear();
        bodies.clear();
        bodyIdentities.clear();
        sourceDigests.clear();
        sources.clear();
        revisions.clear();
        languageFiles.clear();
        glossaries.clear();
        site = null;
        status = null;
        ready = false;
        dependencies = new DependencyRecorder();
        cacheContext = null;
        progress.stage("Reading configuration and theme");
        // Neither needs the other: the last build's front matters are read while the configuration
        // is, and the theme while the content is.
        Background<org.powerofwe.build.cache.FrontMatterCache> frontMatters = bodyCache == null ? null
                : Background.start("front matters", () -> org.powerofwe.build.cache.FrontMatterCache.open(layout.cacheDir().resolve("build")));
        if (!configure()) {
            if (frontMatters != null) {
                frontMatters.join();
            }
            return false;
        }
        Problems themeProblems = configProblems;
        Background<Boolean> themeRead = Background.start("theme", () -> loadTheme(themeProblems));
        progress.stage("Reading content");
        LoadedContent content;
        try {
            content = loadContent(frontMatters);
        } catch (RuntimeException | Error failure) {
            // No thread of this load may still be writing the theme when the running generator loads again.
            themeRead.joinAfter(failure);
            throw failure;
        }
        boolean themed = themeRead.join();
        problems.replaceAll(Stage.CONFIG, themeProblems);
        urls = new AssetUrls(themeAssets == null ? Map.of() : themeAssets.urls(), content.assets().stream().map(ContentFile::relative).collect(Collectors.toSet()), config.basePath());
        // The translations are compared, and the terms checked, while the site is assembled: they
        // read the pages, the figures and which files failed to load, not the assembled site.
        SourceChecks checks = sourceChecks(sources.values());
        Background<SourceChecks> checking = Background.start("translation checks", checks::run);
        try {
            assemble(content);
        } catch (RuntimeException | Error failure) {
            checking.joinAfter(failure);
            throw failure;
        }
        checking.join();
        problems.replace(Stage.CONSISTENCY, checks.versions().stream().map(Page::file).toList(), checks.translations());
        problems.replace(Stage.TERMS, checks.pages().stream().map(Page::file).toList(), checks.terms());
        if (themed) {
            progress.stage("Rendering Markdown");
            readPagesAhead();
            renderMarkdown(site.pages(), true).ifPresent(pass -> bodiesPruning = Background.run("body cache", pass::prune));
        }
        if (themed && !problems.hasErrors()) {
            return true;
        }
        awaitCacheWrites(); // nothing renders: the session ends here
        return false;
    }

    /** Renders every page and file of the loaded site into {@code out}. */
    public Outcome renderAll(OutputSink out) {
        Outcome outcome = renderAllWhileCacheIsWritten(out);
        awaitCacheWrites();
        return outcome;
    }

    /**
     * The same, but the page cache's index (megabytes at 10,000 pages) is still being written when
     * it returns, while the caller swaps the output in: {@link #awaitCacheWrites} before the end.
     */
    Outcome renderAllWhileCacheIsWritten(OutputSink out) {
        Outcome outcome = renderEverything(out);
        ready = outcome.rendered();
        return outcome;
    }

    /** Waits until what {@link #renderAllWhileCacheIsWritten} left to write to the cache is written. */
    void awaitCacheWrites() {
        Background<Void> pruning = bodiesPruning;
        bodiesPruning = null;
        if (pruning != null) {
            pruning.join();
        }
        Background<Void> writing = indexWriting;
        indexWriting = null;
        if (writing != null) {
            writing.join();
        }
    }

    /** The same, after {@code failure} stopped the caller: what the writing threw is added to it. */
    void awaitCacheWritesAfter(Throwable failure) {
        Background<Void> pruning = bodiesPruning;
        bodiesPruning = null;
        if (pruning != null) {
            pruning.joinAfter(failure);
        }
        Background<Void> writing = indexWriting;
        indexWriting = null;
        if (writing != null) {
            writing.joinAfter(failure);
        }
    }

    /**
     * Brings the output up to date after {@code changed} files were saved, created or deleted.
     * Falls back to {@link #rebuild} when the change can move pages in lists or touches the
     * configuration, the theme, figures or glossaries.
     */
    public Outcome update(Collection<Path> changed, OutputSink out) {
        return tryUpdate(changed, out).orElseGet(() -> rebuild(out));
    }

    /**
     * Redoes only what {@code changed} files affect, writing what changed into {@code out}; empty
     * when only a whole build gives the same output (see {@link #update}). After an empty answer
     * the session is half updated: {@link #load} it before anything else.
     *
     * <p>A session that publishes (not {@link #previewing}) also answers empty when a page to
     * render belongs to a report, whose PDF would have to be made again, or when an edited page
     * shows other images than before, whose files a whole build would add or leave out.
     */
    public Optional<Outcome> tryUpdate(Collection<Path> changed, OutputSink out) {
        Optional<List<Page>> edited = readEditedPages(changed);
        if (edited.isEmpty()) {
            return Optional.empty();
        }
        if (edited.get().isEmpty() || problems.hasErrors()) {
            ready = false;
            return Optional.of(Outcome.failed(true));
        }
        Map<String, Page> replaced = replacements(edited.get());
        if (reordersLists(replaced)) {
            return Optional.empty();
        }
        Map<String, Shown> shownBefore = new HashMap<>();
        Map<String, Set<String>> imagesBefore = new HashMap<>();
        Map<String, ShownBody> bodyBefore = new HashMap<>();
        publishedAt(replaced.keySet()).forEach(p -> {
            shownBefore.put(p.path(), shown(p));
            bodyBefore.put(p.path(), ShownBody.of(bodies.get(p.path())));
            if (!previewing) {
                imagesBefore.put(p.path(), imagesShown(p)); // only a published build must drop images no page shows
            }
        });
        site = site.withReplaced(replaced);
        renderMarkdown(replaced.values(), false);
        checkTranslations(edited.get().stream().flatMap(p -> site.versions(p.key()).stream()).filter(p -> !p.isFallback()).toList());
        checkTerms(edited.get());
        if (problems.hasErrors()) {
            ready = false;
            return Optional.of(Outcome.failed(true));
        }
        Set<String> toRender = new LinkedHashSet<>(replaced.keySet());
        Set<String> shownElsewhere = replaced.values().stream()
                .filter(page -> !shown(page).equals(shownBefore.get(page.path())))
                .map(Page::path).collect(Collectors.toCollection(HashSet::new));
        replaced.values().stream().filter(page -> !java.util.Objects.equals(ShownBody.of(bodies.get(page.path())), bodyBefore.get(page.path())))
                .forEach(page -> shownElsewhere.add(DependencyRecorder.BODY + page.path()));
        toRender.addAll(dependencies.readersOf(shownElsewhere));
        for (Page page : edited.get()) {
            if (page.lang().equals(config.defaultLanguage())) {
                site.translations(page.key()).forEach(t -> toRender.add(t.path()));
            }
        }
        if (!previewing && !partialIsExact(toRender, replaced, imagesBefore)) {
            return Optional.empty();
        }
        Outcome outcome = renderSome(toRender, replaced.keySet(), out);
        ready = outcome.rendered();
        return Optional.of(outcome);
    }

    /**
     * Whether rendering {@code toRender} again gives what a whole build would: no page of a report
     * among them (its PDF shows them), and each edited page shows the same images as before.
     */
    private boolean partialIsExact(Set<String> toRender, Map<String, Page> replaced, Map<String, Set<String>> imagesBefore) {
        boolean report = publishedAt(toRender)
                .anyMatch(p -> p.type() == org.powerofwe.model.PageType.REPORT || p.type() == org.powerofwe.model.PageType.CHAPTER);
        return !report && replaced.values().stream().allMatch(p -> imagesShown(p).equals(imagesBefore.get(p.path())));
    }

    /** The images a page shows: its cover and every address its body loads an image from. */
    private Set<String> imagesShown(Page page) {
        Set<String> shown = new HashSet<>();
        page.cover().ifPresent(cover -> shown.add("cover " + cover.image()));
        Optional.ofNullable(bodies.get(page.path())).ifPresent(body -> {
            body.links().stream().filter(org.powerofwe.markdown.LinkFact::image).forEach(link -> shown.add(link.url()));
            java.util.regex.Matcher sources = IMAGE_SOURCES.matcher(body.html());
            while (sources.find()) {
                shown.add(sources.group(1));
            }
        });
        return shown;
    }

    /**
     * Writes what an update left for after its pages were served: the language chooser, 404 and
     * translation-status pages (which list every page), and the search index, feed and export of
     * the languages it touched.
     */
    public void writeLanguageFiles(Set<String> languages, OutputSink out) {
        if (site != null && ready) {
            RenderContext ctx = context();
            Problems found = new Problems();
            new SitePublisher(site, ctx, new PageRenderer(theme.engine(), ctx, theme.layoutsDisplay()), found, Progress.NONE).renderSpecialPages(out);
            if (!languages.isEmpty()) {
                languageFiles.write(site, ctx, languages, out);
            }
        }
    }

    /** What other pages show of a page: its title, summary (or first paragraph) and type fields such as the vision. */
    private record Shown(String title, String summary, String fields, Optional<org.powerofwe.model.Cover> cover) {
    }

    private Shown shown(Page page) {
        String summary = page.summary().isEmpty() ? Optional.ofNullable(bodies.get(page.path())).map(RenderedMarkdown::excerpt).orElse("") : page.summary();
        return new Shown(page.title(), summary, page.fieldsAs(org.powerofwe.model.TypeFields.Axis.class).map(a -> a.vision()).orElse(""),
                page.cover());
    }

    /** What pages that show another page's body see of it: its HTML and contents (the word count comes from its text). */
    private record ShownBody(String html, List<org.powerofwe.markdown.TocEntry> toc, int words) {

        static ShownBody of(RenderedMarkdown body) {
            return body == null ? null : new ShownBody(body.html(), body.toc(), body.wordCount());
        }
    }

    // --- stages -------------------------------------------------------------------------------

    private boolean configure() {
        configProblems = new Problems();
        Optional<SiteConfig> loaded = new SiteConfigLoader(layout, configProblems).load().map(c -> options.baseUrl().map(c::withBaseUrl).orElse(c));
        problems.replaceAll(Stage.CONFIG, configProblems);
        config = loaded.orElse(null);
        return config != null;
    }

    /** Reads the theme, adding what is wrong with it to {@code found}; runs while the content is read. */
    private boolean loadTheme(Problems found) {
        theme = Theme.load(layout, config, found).orElse(null);
        if (theme != null) {
            Theme.REQUIRED.stream().filter(name -> !theme.engine().exists(name)).forEach(name ->
                    found.error(SourcePos.file(theme.layoutsDisplay() + name), "the theme has no " + name + " template",
                            "every theme needs " + String.join(", ", Theme.REQUIRED)));
            try {
                themeAssets = new AssetPipeline(layout.themeDir(theme.name())).prepare(config.basePath());
            } catch (IOException e) {
                found.error(SourcePos.file(theme.layoutsDisplay()), "cannot read the theme's assets: " + e.getMessage());
            }
            figureTexts = new LinkedHashMap<>();
            for (Language language : config.languages()) {
                figureTexts.put(language.code(), new FigureText(new LocaleFormat(language.locale()), theme.ui().get(language.code()), language.code()));
            }
            markdown = new MarkdownRenderer(config.extraHtml());
            try {
                cards = SocialCards.load(layout.themeDir(theme.name()), new ImageCache(layout.cacheDir().resolve("cards"))).orElse(null);
            } catch (IOException e) {
                found.error(SourcePos.file(theme.layoutsDisplay() + "../social-card/card.properties"), "cannot draw social cards: " + e.getMessage(),
                        "check that the fonts named in card.properties exist in the theme");
            }
        }
        return theme != null && themeAssets != null;
    }

    private LoadedContent loadContent(Background<org.powerofwe.build.cache.FrontMatterCache> opening) {
        Problems found = new Problems();
        files = new ContentScanner(layout, new LinkedHashSet<>(config.languageCodes()), found).scan();
        pageFilesByPath = null;
        // With the build cache, the front matters of the last build are taken from it, not parsed again.
        org.powerofwe.build.cache.FrontMatterCache frontMatters = opening == null ? null : opening.join();
        ContentLoader loader = new ContentLoader(config, pool).withYamlMemo(frontMatters == null ? org.powerofwe.yaml.YamlMemo.NONE : frontMatters);
        if (bodyCache != null) {
            loader.withSourceBytes(sourceDigests::note);
        }
        LoadedContent content = loader.load(files, found);
        if (frontMatters != null) {
            frontMatters.save();
        }
        content.pages().forEach(p -> sources.put(p.file(), p));
        metrics = content.metrics();
        for (ContentFile file : content.glossaries()) {
            GlossaryLoader.load(file.path(), file.display(), file.lang(), found).ifPresent(g -> glossaries.put(g.lang(), g));
        }
        pageFiles = files.stream().filter(f -> f.kind() == ContentFile.Kind.PAGE).map(ContentFile::key).collect(Collectors.toUnmodifiableSet());
        images = new ImageLibrary(layout.contentDir(), new ImageCache(layout.cacheDir().resolve("images")),
                ImageSettings.DEFAULTS.withLimits(config.images().maxBytes(), config.images().maxPixels()), config.basePath());
        problems.replaceAll(Stage.LOAD, found);
        return content;
    }

    private void assemble(LoadedContent content) {
        Problems found = new Problems();
        Set<PageKey> sourceFiles = files.stream().filter(f -> f.kind() == ContentFile.Kind.PAGE && config.defaultLanguage().equals(f.lang()))
                .map(ContentFile::key).collect(Collectors.toSet());
        site = new SiteAssembler(config, found).withSourceFiles(sourceFiles).assemble(new ArrayList<>(sources.values()), metrics, options.drafts());
        problems.replaceAll(Stage.STRUCTURE, found);
    }

    /**
     * The checks of a load that read the source pages only, never the assembled site: translations
     * against their source page, and the front matter against the glossaries. Everything they need
     * of this session is taken when they are made, so they can run on another thread.
     *
     * @param pages    the pages whose terms are checked
     * @param versions the versions of those pages whose translations are compared
     */
    private record SourceChecks(List<Page> pages, List<Page> versions, TranslationConsistency consistency, Problems translations,
            SiteConfig config, Map<String, Glossary> glossaries, Problems terms, ForkJoinPool pool) {

        /** Runs both checks, adding what they find to {@link #translations} and {@link #terms}. */
        SourceChecks run() {
            pool.submit(() -> consistency.check(versions)).join();
            Terminology.checkFrontMatter(config, pages, glossaries, terms);
            return this;
        }
    }

    private SourceChecks sourceChecks(Collection<Page> pages) {
        Problems translations = new Problems();
        Set<String> brokenFiles = problems.filesWithErrors(Stage.LOAD);
        return new SourceChecks(List.copyOf(pages), translationVersions(pages), translationConsistency(translations, brokenFiles::contains),
                translations, config, Map.copyOf(glossaries), new Problems(), pool);
    }

    private void checkTranslations(Collection<Page> pages) {
        Problems found = new Problems();
        List<Page> versions = translationVersions(pages);
        TranslationConsistency consistency = translationConsistency(found, file -> problems.hasErrors(Stage.LOAD, file));
        pool.submit(() -> consistency.check(versions)).join();
        problems.replace(Stage.CONSISTENCY, versions.stream().map(Page::file).toList(), found);
    }

    /** The published versions of {@code pages} in every language, whose shared facts must agree. */
    private List<Page> translationVersions(Collection<Page> pages) {
        Set<PageKey> keys = pages.stream().map(Page::key).collect(Collectors.toSet());
        return sources.values().stream().filter(p -> keys.contains(p.key()) && (options.drafts() || !p.draft())).toList();
    }

    private TranslationConsistency translationConsistency(Problems found, java.util.function.Predicate<String> brokenFile) {
        org.powerofwe.diag.Severity severity = previewing ? org.powerofwe.diag.Severity.WARNING : org.powerofwe.diag.Severity.ERROR;
        return new TranslationConsistency(config.defaultLanguage(), found, severity, brokenFile).withKnownFigures(knownFigures());
    }

    private java.util.function.Predicate<String> knownFigures() {
        Set<String> ids = metrics.stream().map(org.powerofwe.model.Metric::id).collect(Collectors.toSet());
        return ids::contains;
    }

    private void checkTerms(Collection<Page> pages) {
        Problems found = new Problems();
        Terminology.checkFrontMatter(config, List.copyOf(pages), glossaries, found);
        problems.replace(Stage.TERMS, pages.stream().map(Page::file).toList(), found);
    }

    /**
     * Renders the bodies of {@code pages} ({@code everyPage}: all of the site's, then pruned by the
     * caller); returns the cache pass they went through, if the cache is on.
     */
    private Optional<org.powerofwe.build.cache.BodyCache.Pass> renderMarkdown(Collection<Page> pages, boolean everyPage) {
        SiteMarkdownEnvironment env = new SiteMarkdownEnvironment(site, figureTexts, urls, pageFiles).withGlossaries(glossaries).withImages(images);
        Problems found = new Problems();
        Optional<org.powerofwe.build.cache.BodyCache.Pass> pass = Optional.ofNullable(bodyCache).map(cache -> cache.begin(cacheContext(), env, sourceDigests, lean && everyPage));
        java.util.function.Consumer<Page> render = page -> {
            org.powerofwe.render.CoverImages.check(page, images, urls, found);
            RenderedMarkdown body = pass.isPresent() ? renderThroughCache(pass.get(), page, env, found) : markdown.render(page, env, found);
            if (page.lang().equals(config.defaultLanguage()) && !page.isFallback()) {
                revisionOf(page); // needed by the translation status; computed here, on every core
            }
            if (lean) {
                if (!pass.isPresent()) {
                    searchEntry(page, body);
                }
                body = body.lean();
            }
            bodies.put(page.path(), body);
        };
        if (pages.size() < 8) {
            pages.forEach(render);
        } else {
            pool.submit(() -> pages.parallelStream().forEach(render)).join();
        }
        problems.replace(Stage.MARKDOWN, pages.stream().map(Page::file).collect(Collectors.toSet()), found);
        return pass;
    }

    /** A page's body from the cache when it is there and still right, else rendered and kept. */
    private RenderedMarkdown renderThroughCache(org.powerofwe.build.cache.BodyCache.Pass pass, Page page, SiteMarkdownEnvironment env, Problems found) {
        org.powerofwe.build.cache.BodyCache.Slot slot = pass.slot(page);
        // A lean build reads a kept body's HTML only for the pages that show it; should the entry be gone by then,
        // the body is rendered again, as it was when kept (its problems are already counted).
        Optional<org.powerofwe.build.cache.BodyCache.Hit> hit = lean ? slot.leanHit(() -> markdown.render(page, env, new Problems())) : slot.hit();
        if (hit.isPresent()) {
            found.addAll(hit.get().problems());
            hit.get().revision().ifPresent(revision -> revisions.put(page.path(), new Revision(page, revision)));
            bodyIdentities.put(page.path(), hit.get().identity());
            if (lean) {
                // The entry depends on nothing the cache's key does not: kept, it spares folding the text again.
                hit.get().searchEntry().ifPresentOrElse(entry -> languageFiles.keep(page, entry), () -> searchEntry(page, hit.get().body()));
            }
            return hit.get().body();
        }
        Problems own = new Problems();
        long start = System.nanoTime();
        RenderedMarkdown body = markdown.render(page, slot.recording(), own);
        java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - start);
        boolean source = page.lang().equals(config.defaultLanguage()) && !page.isFallback();
        List<Problem> rendered = own.sorted();
        slot.keep(body, rendered, source ? Optional.of(revisionOf(page)) : Optional.empty(),
                lean ? Optional.of(searchEntry(page, body)) : Optional.empty(), took);
        slot.identity().ifPresentOrElse(identity -> bodyIdentities.put(page.path(), identity), () -> bodyIdentities.remove(page.path()));
        found.addAll(rendered);
        return body;
    }

    /** Makes the page's search entry while its plain text is at hand (a lean build drops it). */
    private byte[] searchEntry(Page page, RenderedMarkdown body) {
        return languageFiles.prepare(page, body, config.basePath() + page.path(), config.language(page.lang()).locale());
    }

    /** The cache context of the loaded configuration and theme, computed once per load. */
    private String cacheContext() {
        if (cacheContext == null) {
            List<Path> glossaryFiles = files.stream().filter(f -> f.kind() == ContentFile.Kind.GLOSSARY).map(ContentFile::path).toList();
            cacheContext = org.powerofwe.build.cache.BodyCache.context(config, theme.ui(), glossaryFiles);
        }
        return cacheContext;
    }

    private RenderContext context() {
        RenderContext ctx = new RenderContext(site, theme.ui(), figureTexts, bodies, urls, status, dependencies).withImages(images, cards);
        boolean printable = theme.engine().exists(org.powerofwe.pdf.ReportPdfs.TEMPLATE);
        return ctx.withDownloads(page -> printable && page.type() == org.powerofwe.model.PageType.REPORT
                ? Optional.of(org.powerofwe.render.ReportDownload.withoutSize(config.basePath() + org.powerofwe.pdf.ReportPdfs.pathOf(page)))
                : Optional.empty());
    }

    private Outcome renderEverything(OutputSink out) {
        progress.stage("Rendering pages");
        status = TranslationStatus.of(config, site.pages(), this::revisionOf);
        RenderContext ctx = context();
        Problems found = new Problems();
        PageRenderer renderer = new PageRenderer(theme.engine(), ctx, theme.layoutsDisplay());
        // The report PDFs are made on their own threads while the pages render; the pages that show a
        // PDF's size are rendered once it is made (SitePublisher), so no page waits for one.
        Optional<org.powerofwe.pdf.ReportPdfs> pdfs = pdfsOnRequest ? Optional.empty() : preparePdfs(ctx, renderer, found);
        pdfs.ifPresent(p -> {
            ctx.withDownloads(page -> p.download(page, ctx));
            p.start(pdfCache(), out);
        });
        Optional<org.powerofwe.build.cache.PageCache.Pass> keptPages = keptPages(ctx);
        SitePublisher publisher = new SitePublisher(site, ctx, renderer, found, progress).withKeptPages(keptPages.orElse(null));
        // Photos are published only through processing (resized, without their EXIF data), never as they are.
        List<ContentFile> assets = files.stream().filter(f -> f.kind() == ContentFile.Kind.ASSET && !ImageLibrary.isPhoto(f.relative())).toList();
        publisher.renderAll(pool, out, themeAssets, assets, languageFiles);
        pdfs.ifPresent(p -> p.finish(found));
        problems.replaceAll(Stage.RENDER, found);
        if (!problems.hasErrors()) {
            keptPages.ifPresent(pass -> indexWriting = Background.run("page index", pass::finish));
        }
        return new Outcome(!problems.hasErrors(), false, site.pages().size(), publisher.countPages(), Set.of(), publisher.countFallbacks());
    }

    /**
     * The page cache's pass over this build's pages: only for builds and checks, whose pages do
     * not change while they run (the preview renders pages on request, with its own scripts), and
     * only with the body cache (a page's inputs include its body's identity); never for a theme
     * that shows the time of the build.
     */
    private Optional<org.powerofwe.build.cache.PageCache.Pass> keptPages(RenderContext ctx) {
        if (pageCache == null || previewing) {
            return Optional.empty();
        }
        Optional<PagesAhead> ahead = takePagesAhead().filter(read -> read.site() == site);
        return ahead.or(() -> pagesAhead(site, cacheContext()))
                .map(read -> pageCache.begin(new org.powerofwe.build.cache.PageInputs(read.skeleton(), site, bodyIdentities, images, status, ctx::downloadShown),
                        read.index()));
    }

    /** What the page cache needs of a loaded site before its pages render: the digest every page shares, and the last build's index. */
    private record PagesAhead(Site site, String skeleton, org.powerofwe.build.cache.PageCache.Index index) {
    }

    /**
     * Starts reading the page cache's skeleton and index for the site just loaded, on their own
     * thread: they need the theme's files, the site and an 8 MB index at 10,000 pages, and nothing
     * the bodies render, so they are ready when the pages are.
     */
    private void readPagesAhead() {
        if (pageCache != null && !previewing) {
            Site loaded = site;
            String context = cacheContext();
            pagesAhead = Background.start("page cache", () -> pagesAhead(loaded, context));
        }
    }

    /** The read-ahead of the last load, waited for; empty when none was started or it found nothing to use. */
    private Optional<PagesAhead> takePagesAhead() {
        Background<Optional<PagesAhead>> reading = pagesAhead;
        pagesAhead = null;
        return reading == null ? Optional.empty() : reading.join();
    }

    private Optional<PagesAhead> pagesAhead(Site loaded, String context) {
        try {
            List<String> assets = files.stream().filter(f -> f.kind() == ContentFile.Kind.ASSET).map(ContentFile::relative).toList();
            // A build with drafts keeps its own index: its pages all differ (any list may hold a draft), and it must not
            // replace the index of the usual build, whose pages pruning would then delete.
            String configuration = context + (options.drafts() ? "-drafts" : "");
            return org.powerofwe.build.cache.PageInputs.skeleton(context, layout.themeDir(theme.name()), themeAssets.urls(), assets, loaded)
                    .map(skeleton -> new PagesAhead(loaded, skeleton, pageCache.index(configuration)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a theme that cannot be read again now: every page is rendered, as without the cache
        }
    }

    private Outcome renderSome(Set<String> pagePaths, Set<String> changedPages, OutputSink out) {
        publishedAt(changedPages).map(Page::key).distinct()
                .forEach(key -> status = status.updated(key, site.versions(key), this::revisionOf));
        RenderContext ctx = context();
        Problems found = new Problems();
        SitePublisher publisher = new SitePublisher(site, ctx, new PageRenderer(theme.engine(), ctx, theme.layoutsDisplay()), found, Progress.NONE);
        List<Page> pages = publishedAt(pagePaths).toList();
        publisher.renderPages(pool, pages, out);
        publisher.writeRedirects(site.aliases().stream().filter(a -> changedPages.contains(a.target().path())).toList(), out);
        publisher.writeImages(out);
        languageFiles.forget(changedPages);
        Set<String> languages = publishedAt(changedPages).map(Page::lang).collect(Collectors.toSet());
        problems.replaceAll(Stage.RENDER, found);
        return new Outcome(!problems.hasErrors(), true, pages.size(), publisher.countPages(), languages, Map.of());
    }

    // --- incremental helpers ------------------------------------------------------------------

    /** The pages published at {@code paths}, in path order as in {@link Site#pages()}: looked up, not found by going through every page. */
    private java.util.stream.Stream<Page> publishedAt(Collection<String> paths) {
        return paths.stream().sorted().map(site::pageAt).flatMap(Optional::stream);
    }

    /**
     * Reads the saved page files again. Empty when a full rebuild is needed (a file that is not an
     * existing page, a page created or deleted, a change of address or order).
     */
    private Optional<List<Page>> readEditedPages(Collection<Path> changed) {
        if (!ready || site == null || changed.isEmpty()) {
            return Optional.empty();
        }
        if (pageFilesByPath == null) {
            pageFilesByPath = new HashMap<>();
            files.stream().filter(f -> f.kind() == ContentFile.Kind.PAGE).forEach(f -> pageFilesByPath.put(f.path().toAbsolutePath().normalize(), f));
        }
        Map<Path, ContentFile> known = pageFilesByPath;
        List<Page> edited = new ArrayList<>();
        Problems found = new Problems();
        List<String> touched = new ArrayList<>();
        for (Path path : new LinkedHashSet<>(changed)) {
            ContentFile file = known.get(path.toAbsolutePath().normalize());
            if (file == null || !Files.isRegularFile(file.path())) {
                return Optional.empty();
            }
            touched.add(file.display());
            Optional<Page> page = new ContentLoader(config, pool).loadPage(file, found);
            if (page.isEmpty()) {
                continue;
            }
            Page old = sources.get(file.display());
            if (old == null || !old.structure().equals(page.get().structure())) {
                return Optional.empty();
            }
            edited.add(page.get());
        }
        problems.replace(Stage.LOAD, touched, found);
        if (found.hasErrors()) {
            return Optional.of(List.of());
        }
        edited.forEach(p -> sources.put(p.file(), p));
        return Optional.of(edited);
    }

    /** The published pages to replace: each edited page, and the fallback copies made from it. */
    private Map<String, Page> replacements(List<Page> edited) {
        Map<String, Page> replaced = new LinkedHashMap<>();
        for (Page page : edited) {
            if (!options.drafts() && page.draft()) {
                continue;
            }
            replaced.put(page.path(), page);
            if (page.lang().equals(config.defaultLanguage())) {
                for (Page version : site.versions(page.key())) {
                    if (version.isFallback()) {
                        replaced.put(version.path(), page.asFallback(version.lang(), version.path()));
                    }
                }
            }
        }
        return replaced;
    }

    /** Whether a new title changes the order of a list the page appears in (then lists must be redone). */
    private boolean reordersLists(Map<String, Page> replaced) {
        for (Page page : replaced.values()) {
            Optional<Page> parent = site.parent(page);
            if (parent.isEmpty()) {
                continue;
            }
            List<Page> siblings = site.children(parent.get());
            List<Page> updated = new ArrayList<>(siblings.stream().map(s -> replaced.getOrDefault(s.path(), s)).toList());
            boolean articles = updated.stream().allMatch(p -> p.type() == org.powerofwe.model.PageType.ARTICLE);
            updated.sort(articles ? Page.NEWEST_FIRST : Page.BY_WEIGHT);
            if (!updated.stream().map(Page::path).toList().equals(siblings.stream().map(Page::path).toList())) {
                return true;
            }
        }
        return false;
    }

    private record Revision(Page page, String revision) {
    }

    /** A source page's revision, computed once per version of the page. */
    private String revisionOf(Page page) {
        Revision cached = revisions.get(page.path());
        if (cached != null && cached.page() == page) {
            return cached.revision();
        }
        String revision = Revisions.of(page);
        revisions.put(page.path(), new Revision(page, revision));
        return revision;
    }

    /** The keys of every page file, for tests and tools. */
    Set<PageKey> pageKeys() {
        return new HashSet<>(pageFiles);
    }
}
