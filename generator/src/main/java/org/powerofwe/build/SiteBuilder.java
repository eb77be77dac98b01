package org.powerofwe.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.config.SiteConfigLoader;
import org.powerofwe.content.ContentFile;
import org.powerofwe.content.ContentLoader;
import org.powerofwe.content.ContentScanner;
import org.powerofwe.content.LoadedContent;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.i18n.Glossary;
import org.powerofwe.i18n.GlossaryLoader;
import org.powerofwe.i18n.LocaleFormat;
import org.powerofwe.i18n.Terminology;
import org.powerofwe.i18n.TranslationStatus;
import org.powerofwe.markdown.MarkdownRenderer;
import org.powerofwe.markdown.RenderedMarkdown;
import org.powerofwe.model.Language;
import org.powerofwe.model.Site;
import org.powerofwe.model.SiteAssembler;
import org.powerofwe.publish.AssetPipeline;
import org.powerofwe.publish.OutputGuard;
import org.powerofwe.publish.OutputSink;
import org.powerofwe.publish.OutputTree;
import org.powerofwe.render.AssetUrls;
import org.powerofwe.render.FigureText;
import org.powerofwe.render.PageRenderer;
import org.powerofwe.render.RenderContext;
import org.powerofwe.render.SiteMarkdownEnvironment;
import org.powerofwe.render.Theme;

/**
 * Builds the site. The stages run in this order, and {@link #build} reads as that list:
 * configure → load theme → load content → assemble → render Markdown → render pages → publish.
 * Problems of every stage are collected; the output is replaced only when there is no error.
 */
public final class SiteBuilder {

    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Run run = new Run(options, new ProjectLayout(options.source()), problems);
        ForkJoinPool pool = new ForkJoinPool(options.effectiveThreads());
        try {
            run.configure().ifPresent(config -> {
                Optional<Theme> theme = run.loadTheme(config);
                Site site = run.assemble(config, run.loadContent(config, pool));
                theme.ifPresent(t -> run.render(site, t, pool));
            });
        } finally {
            pool.shutdown();
        }
        return new BuildResult(problems.sorted(), run.pagesPerLanguage, run.files, run.bytes,
                Duration.ofNanos(System.nanoTime() - start), run.published);
    }

    /** The state of one build while its stages run. */
    private static final class Run {
        private final BuildOptions options;
        private final ProjectLayout layout;
        private final Problems problems;
        private final Map<String, Integer> pagesPerLanguage = new LinkedHashMap<>();
        private List<ContentFile> assets = List.of();
        private java.util.Set<org.powerofwe.model.PageKey> pageFiles = java.util.Set.of();
        private final Map<String, Glossary> glossaries = new LinkedHashMap<>();
        private int files;
        private long bytes;
        private boolean published;

        Run(BuildOptions options, ProjectLayout layout, Problems problems) {
            this.options = options;
            this.layout = layout;
            this.problems = problems;
        }

        Optional<SiteConfig> configure() {
            Optional<SiteConfig> config = new SiteConfigLoader(layout, problems).load()
                    .map(c -> options.baseUrl().map(c::withBaseUrl).orElse(c));
            options.output().flatMap(out -> OutputGuard.refusal(out, layout)).ifPresent(reason ->
                    problems.error(SourcePos.file(options.output().get().toString()), reason,
                            "choose a new or empty folder for --output, such as public/"));
            return problems.hasErrors() ? Optional.empty() : config;
        }

        Optional<Theme> loadTheme(SiteConfig config) {
            Optional<Theme> theme = Theme.load(layout, config, problems);
            theme.ifPresent(t -> Theme.REQUIRED.stream().filter(name -> !t.engine().exists(name)).forEach(name ->
                    problems.error(SourcePos.file(t.layoutsDisplay() + name), "the theme has no " + name + " template",
                            "every theme needs root.ftlh (the language chooser) and 404.ftlh")));
            return theme;
        }

        LoadedContent loadContent(SiteConfig config, ForkJoinPool pool) {
            List<ContentFile> scanned = new ContentScanner(layout, new java.util.LinkedHashSet<>(config.languageCodes()), problems).scan();
            LoadedContent content = new ContentLoader(config, pool).load(scanned, problems);
            assets = content.assets();
            for (ContentFile file : content.glossaries()) {
                GlossaryLoader.load(file.path(), file.display(), file.lang(), problems).ifPresent(g -> glossaries.put(g.lang(), g));
            }
            pageFiles = scanned.stream().filter(f -> f.kind() == ContentFile.Kind.PAGE).map(ContentFile::key).collect(Collectors.toSet());
            return content;
        }

        Site assemble(SiteConfig config, LoadedContent content) {
            Site site = new SiteAssembler(config, problems).assemble(content.pages(), content.metrics(), options.drafts());
            Terminology.checkFrontMatter(config, site.pages(), glossaries, problems);
            return site;
        }

        /** Renders Markdown (always, to report every broken link), then pages and files only if nothing failed so far. */
        void render(Site site, Theme theme, ForkJoinPool pool) {
            SiteConfig config = site.config();
            AssetPipeline.Result themeAssets;
            try {
                themeAssets = new AssetPipeline(layout.themeDir(theme.name())).prepare(config.basePath());
            } catch (IOException e) {
                problems.error(SourcePos.file(theme.layoutsDisplay()), "cannot read the theme's assets: " + e.getMessage());
                return;
            }
            AssetUrls urls = new AssetUrls(themeAssets.urls(), assets.stream().map(ContentFile::relative).collect(Collectors.toSet()), config.basePath());
            Map<String, FigureText> figureTexts = new LinkedHashMap<>();
            for (Language language : config.languages()) {
                figureTexts.put(language.code(), new FigureText(new LocaleFormat(language.locale()), theme.ui().get(language.code())));
            }
            Map<String, RenderedMarkdown> bodies = renderMarkdown(site, new SiteMarkdownEnvironment(site, figureTexts, urls, pageFiles).withGlossaries(glossaries), pool);
            if (problems.hasErrors()) {
                return;
            }
            RenderContext ctx = new RenderContext(site, theme.ui(), figureTexts, bodies, urls, TranslationStatus.of(config, site.pages()));
            PageRenderer renderer = new PageRenderer(theme.engine(), ctx, theme.layoutsDisplay());
            SitePublisher publisher = new SitePublisher(site, ctx, renderer, problems);
            if (options.output().isEmpty()) {
                publisher.renderAll(pool, OutputSink.DISCARD, themeAssets, assets);
                return;
            }
            publish(options.output().get(), publisher, pool, themeAssets);
        }

        private Map<String, RenderedMarkdown> renderMarkdown(Site site, SiteMarkdownEnvironment env, ForkJoinPool pool) {
            MarkdownRenderer markdown = new MarkdownRenderer(site.config().extraHtml());
            Map<String, RenderedMarkdown> bodies = new ConcurrentHashMap<>();
            pool.submit(() -> site.pages().parallelStream().forEach(page -> bodies.put(page.path(), markdown.render(page, env, problems)))).join();
            return bodies;
        }

        private void publish(Path output, SitePublisher publisher, ForkJoinPool pool, AssetPipeline.Result themeAssets) {
            try (OutputTree out = OutputTree.open(output)) {
                publisher.renderAll(pool, out, themeAssets, assets);
                publisher.countPages().forEach(pagesPerLanguage::put);
                files = out.fileCount();
                bytes = out.byteCount();
                if (!problems.hasErrors()) {
                    out.commit();
                    published = true;
                }
            } catch (IOException | UncheckedIOException e) {
                problems.error(SourcePos.file(output.toString()), "cannot write the output folder: " + e.getMessage(),
                        "check that the folder can be written, and that the disk is not full");
            }
        }
    }
}
