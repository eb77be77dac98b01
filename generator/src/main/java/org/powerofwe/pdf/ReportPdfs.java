package org.powerofwe.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.i18n.FrenchTypography;
import org.powerofwe.model.Language;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageType;
import org.powerofwe.model.TypeFields;
import org.powerofwe.publish.OutputSink;
import org.powerofwe.render.PageRenderer;
import org.powerofwe.render.RenderContext;
import org.powerofwe.render.ReportDownload;
import org.powerofwe.render.TemplateFailure;

/**
 * The PDFs of a build: one per report cover page (each language of each annual report), made
 * from the theme's print template. {@link #prepare} reads the print style; {@link #start} makes
 * the PDFs on a small pool of low-priority threads beside the page rendering (each one: its print
 * document, the check of its fonts and charts, the layout unless the cache has it, the file
 * written), one or two at a time so that memory stays bounded whatever the number of reports;
 * {@link #finish} waits for them and reports their problems. Pages never wait for a PDF: the
 * publisher renders a page that shows a PDF's size once that PDF is made
 * ({@link RenderContext#pendingDownload}). A theme without {@code print/report.ftlh} makes no PDF.
 */
public final class ReportPdfs {

    /** The template of the printed report, in the theme's layouts. */
    public static final String TEMPLATE = "print/report.ftlh";
    static final String CHART_CSS = "print/chart.css";
    /** Changes whenever the way PDFs are made changes, so cached PDFs are made again. */
    private static final String RECIPE = "report-pdf 1; openhtmltopdf 1.1.31";
    /**
     * PDFs laid out at once: each holds a whole report's document, so more would only take memory
     * (18 at once took 1.16 GiB at 3,000 pages) and cores from the pages.
     */
    private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() / 2));

    /** A report's PDF in one language, ready to lay out. */
    record Job(Page report, String path, org.jsoup.nodes.Document document, byte[] id, LocalDate date) {
    }

    /** What every PDF of the build is made with. */
    private record Recipe(RenderContext ctx, PageRenderer renderer, PrintStyle style, String chartCss, byte[] fontDigest) {
    }

    private final Map<String, Page> reports;
    private final Recipe recipe;
    private final String templateDisplay;
    private final Map<String, CompletableFuture<OptionalLong>> sizes = new LinkedHashMap<>();
    private final Map<String, Problems> found = new LinkedHashMap<>();
    private ExecutorService threads;

    private ReportPdfs(Map<String, Page> reports, Recipe recipe, String templateDisplay) {
        this.reports = reports;
        this.recipe = recipe;
        this.templateDisplay = templateDisplay;
    }

    /** Where a report's PDF is published: beside its cover, named after the report and language. */
    public static String pathOf(Page report) {
        String folder = report.path();
        String name = String.join("-", folder.replaceAll("^[^/]+/|/$", "").split("/"));
        return folder + (name.isEmpty() ? "report" : name) + "-" + report.lang() + ".pdf";
    }

    /**
     * Reads the print style every report's PDF is made with; problems go to {@code problems}.
     * Empty when the theme has no print template or the style cannot be used.
     */
    public static Optional<ReportPdfs> prepare(RenderContext ctx, PageRenderer renderer, Path layoutsDir, String layoutsDisplay,
            boolean hasTemplate, Problems problems) {
        List<Page> reports = ctx.site().pages().stream().filter(p -> p.type() == PageType.REPORT).toList();
        if (!hasTemplate || reports.isEmpty()) {
            return Optional.empty();
        }
        Optional<PrintStyle> style = PrintStyle.read(layoutsDir, layoutsDisplay, problems);
        String chartCss;
        try {
            chartCss = Files.readString(layoutsDir.resolve(CHART_CSS), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(SourcePos.file(layoutsDisplay + CHART_CSS), "cannot read the charts' print stylesheet: " + e.getMessage(),
                    "the charts of the report PDF take their colours and fonts from " + layoutsDisplay + CHART_CSS);
            return Optional.empty();
        }
        if (style.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Page> byPath = new LinkedHashMap<>();
        reports.forEach(report -> byPath.put(pathOf(report), report));
        Recipe recipe = new Recipe(ctx, renderer, style.get(), chartCss, fontDigest(style.get().fonts()));
        return Optional.of(new ReportPdfs(byPath, recipe, layoutsDisplay + TEMPLATE));
    }

    /** The print document of one report, with its charts checked; empty (and problems) when its template fails. */
    private Optional<Job> job(Page report, Problems problems) {
        RenderContext ctx = recipe.ctx();
        checkCharts(ctx, report, problems);
        Language language = ctx.config().language(report.lang());
        String html;
        try {
            html = recipe.renderer().renderTemplate(TEMPLATE, language, ctx.view(report), Map.of("report", ctx.view(report)));
        } catch (TemplateFailure failure) {
            problems.add(failure.problem());
            return Optional.empty();
        }
        if (FrenchTypography.appliesTo(language.locale())) {
            html = FrenchTypography.apply(html);
        }
        var document = new PrintDocument(ctx.config().basePath(), ctx.config().baseUrl().toString()).build(html, recipe.style().css(), recipe.chartCss());
        LocalDate date = date(ctx, report);
        byte[] id = digest(RECIPE.getBytes(StandardCharsets.UTF_8), recipe.fontDigest(), date.toString().getBytes(StandardCharsets.UTF_8),
                document.outerHtml().getBytes(StandardCharsets.UTF_8));
        return Optional.of(new Job(report, pathOf(report), document, Arrays.copyOf(id, 16), date));
    }

    /** Each chart a chapter draws must be drawable by the PDF's SVG renderer: an error at the chapter otherwise. */
    private static void checkCharts(RenderContext ctx, Page report, Problems problems) {
        for (Page page : ctx.site().children(report)) {
            for (Element svg : Jsoup.parse(ctx.body(page).html()).select("figure.chart svg")) {
                ChartCheck.problem(svg).ifPresent(why -> problems.error(page.pos(), "a chart of this page cannot be drawn in the report PDF: " + why,
                        "check the figures this page shows ({{< figures ... >}}) and their values in content/data/metrics/"));
            }
        }
    }

    /** The report's date: the newest date of its cover and chapters, or the last day of its year. */
    private static LocalDate date(RenderContext ctx, Page report) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(report), ctx.site().children(report).stream())
                .map(Page::date).flatMap(Optional::stream).max(LocalDate::compareTo)
                .orElseGet(() -> report.fieldsAs(TypeFields.Report.class).map(r -> LocalDate.of(r.year(), 12, 31)).orElse(LocalDate.of(2000, 1, 1)));
    }

    /** Where each report's PDF is, for the links on its pages, with its size once {@link #start}'s work made it. */
    public Optional<ReportDownload> download(Page report, RenderContext ctx) {
        String path = pathOf(report);
        if (!reports.containsKey(path)) {
            return Optional.empty();
        }
        CompletableFuture<OptionalLong> size;
        synchronized (sizes) {
            size = sizes.getOrDefault(path, CompletableFuture.completedFuture(OptionalLong.empty()));
        }
        return Optional.of(new ReportDownload(ctx.config().basePath() + path, size));
    }

    /**
     * Starts making every PDF on the PDF threads, in report order: taken from the cache when its
     * document did not change, laid out otherwise, and written to {@code out} as soon as it is made.
     */
    public void start(PdfCache cache, OutputSink out) {
        threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "report-pdf");
            thread.setDaemon(true);
            // A hint only (Linux ignores it without privileges): the pages come first.
            thread.setPriority(Thread.MIN_PRIORITY);
            // Out of memory in the pool's own code: the main thread says it (cli/Main), not a trace here.
            thread.setUncaughtExceptionHandler((t, e) -> {
                if (!(e instanceof VirtualMachineError)) {
                    t.getThreadGroup().uncaughtException(t, e);
                }
            });
            return thread;
        });
        synchronized (sizes) {
            reports.forEach((path, report) -> {
                Problems problems = new Problems();
                found.put(path, problems);
                sizes.put(path, CompletableFuture.supplyAsync(() -> make(report, cache, out, problems), threads));
            });
        }
    }

    private OptionalLong make(Page report, PdfCache cache, OutputSink out, Problems problems) {
        Optional<byte[]> pdf = job(report, problems).flatMap(job -> cache.find(job.path(), job.id()).or(() -> render(job, cache, problems)));
        pdf.ifPresent(bytes -> out.write(pathOf(report), bytes));
        return pdf.map(bytes -> OptionalLong.of(bytes.length)).orElse(OptionalLong.empty());
    }

    private Optional<byte[]> render(Job job, PdfCache cache, Problems problems) {
        try {
            byte[] pdf = PdfRender.render(new PdfRender.Input(W3CDom.convert(job.document()), recipe.style().fonts(), job.date(), job.id()));
            cache.keep(job.path(), job.id(), pdf);
            return Optional.of(pdf);
        } catch (PdfRender.Failure failure) {
            problems.error(SourcePos.file(templateDisplay), "cannot make " + job.path() + ": " + failure.getMessage(),
                    "the report PDF is laid out from " + templateDisplay + " and print/report.css");
            return Optional.empty();
        }
    }

    /** Waits for every PDF; the problems of each (a chart, the template, a layout that failed) are reported in report order. */
    public void finish(Problems problems) {
        try {
            for (Map.Entry<String, CompletableFuture<OptionalLong>> entry : sizes.entrySet()) {
                entry.getValue().join();
                problems.addAll(found.get(entry.getKey()).sorted());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Lays out one report's PDF now (the preview, on request), or takes it from the cache. */
    public Optional<byte[]> renderNow(String path, PdfCache cache, Problems problems) {
        Page report = reports.get(path);
        if (report == null) {
            return Optional.empty();
        }
        return job(report, problems).flatMap(job -> cache.find(path, job.id()).or(() -> render(job, cache, problems)));
    }

    /** The paths of the PDFs this build makes. */
    public java.util.Set<String> paths() {
        return reports.keySet();
    }

    private static byte[] fontDigest(List<PrintStyle.FontFace> fonts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (PrintStyle.FontFace face : fonts) {
                sha.update((face.family() + "/" + face.weight() + "/" + face.italic()).getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(face.file()));
            }
            return sha.digest();
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read the fonts again: " + e.getMessage(), e);
        }
    }

    private static byte[] digest(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
                sha.update(part);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
