package org.powerofwe.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.powerofwe.content.ContentFile;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.Severity;
import org.powerofwe.i18n.Typography;
import org.powerofwe.model.Alias;
import org.powerofwe.model.Language;
import org.powerofwe.model.Page;
import org.powerofwe.model.Site;
import org.powerofwe.publish.AssetPipeline;
import org.powerofwe.publish.OutputSink;
import org.powerofwe.publish.Sitemap;
import org.powerofwe.render.PageRenderer;
import org.powerofwe.render.RenderContext;
import org.powerofwe.render.TemplateFailure;

/**
 * Renders every output file of the site into a sink: the pages (in parallel), the language
 * chooser at the root, a 404 page per language, alias redirects, the sitemap, robots.txt, theme
 * assets and files from content/.
 */
final class SitePublisher {

    private final Site site;
    private final RenderContext ctx;
    private final PageRenderer renderer;
    private final Problems problems;
    private final Map<String, AtomicInteger> pageCounts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> fallbackCounts = new ConcurrentHashMap<>();
    private final Progress progress;
    private final AtomicInteger rendered = new AtomicInteger();
    /** Whole pages kept between builds, or null. */
    private org.powerofwe.build.cache.PageCache.Pass keptPages;

    /** Where the staff page of translation status is published (not linked from the reader's menus, not in the sitemap). */
    static final String TRANSLATION_STATUS = "translation-status/";

    SitePublisher(Site site, RenderContext ctx, PageRenderer renderer, Problems problems, Progress progress) {
        this.progress = progress;
        this.site = site;
        this.ctx = ctx;
        this.renderer = renderer;
        this.problems = problems;
    }

    /** Copies each page whose inputs did not change from {@code pass}, and keeps there the pages it renders. */
    SitePublisher withKeptPages(org.powerofwe.build.cache.PageCache.Pass pass) {
        this.keptPages = pass;
        return this;
    }

    void renderAll(ForkJoinPool pool, OutputSink out, AssetPipeline.Result themeAssets, List<ContentFile> contentAssets, LanguageFiles languageFiles) {
        renderPages(pool, site.pages(), out);
        // The files that list every page (a tenth of a cache-warm build's time, on one core before): side by side.
        List<Runnable> rest = new ArrayList<>(List.of(
                () -> renderSpecialPages(out),
                () -> {
                    out.write("sitemap.xml", Sitemap.xml(sitemapEntries()));
                    out.write("robots.txt", Sitemap.robots(ctx.absolute("sitemap.xml")));
                },
                () -> {
                    themeAssets.files().forEach(asset -> out.write(asset.outputPath(), asset.content()));
                    contentAssets.forEach(asset -> out.copy(asset.path(), asset.relative()));
                    writeImages(out);
                }));
        // One language after another: each language's search index is tens of megabytes while it is made, and a
        // 10,000-page build's peak memory stays under 1 GiB only if they are not made at once.
        rest.add(() -> languageFiles.write(site, ctx, site.config().languageCodes(), out));
        pool.submit(() -> rest.parallelStream().forEach(Runnable::run)).join();
        // After the special pages, as before: an old address that names one of them sends readers on, whatever the order above.
        writeRedirects(site.aliases(), out);
    }

    /** The pages that send readers of an old address on to its page (they show the page's title). */
    void writeRedirects(java.util.Collection<Alias> aliases, OutputSink out) {
        aliases.forEach(alias -> out.write(alias.path() + "index.html", redirect(alias)));
    }

    /** The published versions of every image the rendered pages show, copied from the image cache. */
    void writeImages(OutputSink out) {
        ctx.images().ifPresent(images -> images.files().forEach(file -> out.copy(file.source(), file.outputPath())));
    }

    /**
     * Renders some pages (in parallel when there are many). A page that shows the size of a PDF
     * still being made is rendered once that PDF is made, after the others: no page waits for a PDF
     * while holding a worker, and the bytes are the same whatever the order.
     */
    void renderPages(ForkJoinPool pool, java.util.Collection<Page> pages, OutputSink out) {
        List<Page> now = new ArrayList<>();
        Map<CompletableFuture<?>, List<Page>> later = new LinkedHashMap<>();
        for (Page page : pages) {
            ctx.pendingDownload(page).ifPresentOrElse(pdf -> later.computeIfAbsent(pdf, k -> new ArrayList<>()).add(page), () -> now.add(page));
        }
        renderNow(pool, now, out);
        while (!later.isEmpty()) {
            // Whichever PDF is made first: its pages render while the next PDF is laid out.
            CompletableFuture.anyOf(later.keySet().stream().map(pdf -> pdf.handle((size, failure) -> null)).toArray(CompletableFuture[]::new)).join();
            for (var it = later.entrySet().iterator(); it.hasNext();) {
                var waiting = it.next();
                if (waiting.getKey().isDone()) {
                    renderNow(pool, waiting.getValue(), out);
                    it.remove();
                }
            }
        }
    }

    private void renderNow(ForkJoinPool pool, List<Page> pages, OutputSink out) {
        if (pages.size() < 8) {
            pages.forEach(page -> renderPage(page, out));
        } else {
            pool.submit(() -> pages.parallelStream().forEach(page -> renderPage(page, out))).join();
        }
    }

    /** HTML pages written per language, in the configured order. */
    Map<String, Integer> countPages() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            counts.put(language.code(), pageCounts.getOrDefault(language.code(), new AtomicInteger()).get());
        }
        return counts;
    }

    /** Pages written per language that stand in for a missing translation. */
    Map<String, Integer> countFallbacks() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            counts.put(language.code(), fallbackCounts.getOrDefault(language.code(), new AtomicInteger()).get());
        }
        return counts;
    }

    private void renderPage(Page page, OutputSink out) {
        try {
            publishHtml(page, out);
            writeCard(page, out);
            pageCounts.computeIfAbsent(page.lang(), l -> new AtomicInteger()).incrementAndGet();
            if (page.isFallback()) {
                fallbackCounts.computeIfAbsent(page.lang(), l -> new AtomicInteger()).incrementAndGet();
            }
            progress.page(rendered.incrementAndGet(), site.pages().size());
        } catch (TemplateFailure failure) {
            problems.add(failure.problem());
        } catch (RuntimeException e) {
            if (e instanceof java.io.UncheckedIOException) {
                throw e;
            }
            problems.add(new Problem(page.pos(), Severity.ERROR, "internal error while rendering this page: " + e,
                    "this is a bug in the generator; please report it with this message"));
        }
    }

    /** Publishes the page's HTML: taken from the build cache when nothing it shows changed, else rendered through the theme (and kept). */
    private void publishHtml(Page page, OutputSink out) throws TemplateFailure {
        String file = page.path() + "index.html";
        Optional<org.powerofwe.build.cache.PageCache.Slot> slot = keptPages == null ? Optional.empty() : keptPages.slot(page.path());
        Optional<org.powerofwe.build.cache.PageCache.Hit> hit = slot.flatMap(s -> s.hit(out.heldBefore(file)));
        if (hit.isPresent()) {
            try {
                out.keep(hit.get().html(), file);
                ctx.dependencies().recorded(page.path(), hit.get().reads());
                return;
            } catch (java.io.UncheckedIOException e) {
                if (java.nio.file.Files.exists(hit.get().html().path())) {
                    throw e;
                }
                // Another process's build pruned the file since it was found: the page is rendered instead.
            }
        }
        byte[] html = typography(page.lang(), renderer.render(page)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (keptPages != null) {
            keptPages.rendered();
        }
        out.write(file, html);
        // The cache keeps the file just written (a hard link) where it can, else a copy of the bytes.
        slot.ifPresent(s -> s.keep(ctx.dependencies().readsOf(page.path()), html, out.fileOf(file)));
    }

    private void writeCard(Page page, OutputSink out) {
        if (ctx.cards().isEmpty()) {
            return;
        }
        try {
            out.copy(ctx.cards().get().card(ctx.socialCard(page)), page.path() + org.powerofwe.images.SocialCards.FILE_NAME);
        } catch (java.io.IOException e) {
            problems.add(new Problem(page.pos(), Severity.ERROR, "cannot draw this page's social card: " + e.getMessage(),
                    "check that the folder .cache/ can be written"));
        }
    }

    void renderSpecialPages(OutputSink out) {
        Language defaultLanguage = site.config().defaultLang();
        try {
            out.write("index.html", renderer.renderTemplate("root.ftlh", defaultLanguage, null));
            out.write(TRANSLATION_STATUS + "index.html", renderer.renderTranslationStatus());
            for (Language language : site.config().languages()) {
                String html = typography(language.code(), renderer.renderTemplate("404.ftlh", language, null));
                out.write(language.code() + "/404.html", html);
                if (language.equals(defaultLanguage)) {
                    out.write("404.html", html);
                }
            }
            // GitHub Pages serves only the root 404.html: give it every language (each marked with its lang).
            renderer.renderRootNotFound(site.config().languages()).ifPresent(html -> out.write("404.html", everyTypography(html)));
        } catch (TemplateFailure failure) {
            problems.add(failure.problem());
        }
    }

    /** Applies the typography of the page's language to its text (French spacing, English quotes). */
    private String typography(String lang, String html) {
        return Typography.html(site.config().language(lang).locale(), html);
    }

    /** Applies each language's typography to its own passages of a page that holds several languages. */
    private String everyTypography(String html) {
        String result = html;
        for (Language language : site.config().languages()) {
            result = Typography.html(language.locale(), result);
        }
        return result;
    }

    private List<Sitemap.Entry> sitemapEntries() {
        List<Sitemap.Entry> entries = new ArrayList<>();
        for (Page page : site.pages()) {
            if (!Sitemap.listed(page)) {
                continue;
            }
            List<Sitemap.Alternate> alternates = new ArrayList<>();
            for (Page version : site.translations(page.key())) {
                alternates.add(new Sitemap.Alternate(site.config().language(version.lang()).localeTag(), ctx.absolute(version.path())));
                if (version.lang().equals(site.config().defaultLanguage())) {
                    alternates.add(new Sitemap.Alternate("x-default", ctx.absolute(version.path())));
                }
            }
            entries.add(new Sitemap.Entry(ctx.absolute(page.path()), page.date().map(Object::toString).orElse(null), alternates));
        }
        return entries;
    }

    private String redirect(Alias alias) {
        String target = ctx.url(alias.target());
        String absolute = ctx.absolute(alias.target().path());
        String title = escape(alias.target().title());
        return "<!DOCTYPE html>\n<html lang=\"" + alias.target().lang() + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + "</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                // A redirect loads nothing at all; the refresh itself is not governed by the policy.
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; base-uri 'none'; form-action 'none'\">\n"
                + "<link rel=\"canonical\" href=\"" + escape(absolute) + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + escape(target) + "\">\n</head>\n<body>\n<p><a href=\""
                + escape(target) + "\">" + title + "</a></p>\n</body>\n</html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
