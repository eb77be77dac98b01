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
 * from the theme's print template. {@link #prepare} writes each print document and checks its
 * fonts and charts; {@link #start} lays the PDFs out in parallel (one thread per PDF, beside the
 * page rendering) unless the cache has them; {@link #finish} waits and writes them. A theme
 * without {@code print/report.ftlh} makes no PDF.
 */
public final class ReportPdfs {

    /** The template of the printed report, in the theme's layouts. */
    public static final String TEMPLATE = "print/report.ftlh";
    static final String CHART_CSS = "print/chart.css";
    /** Changes whenever the way PDFs are made changes, so cached PDFs are made again. */
    private static final String RECIPE = "report-pdf 1; openhtmltopdf 1.1.31";

    /** A report's PDF in one language, ready to lay out. */
    record Job(Page report, String path, org.jsoup.nodes.Document document, byte[] id, LocalDate date) {
    }

    private final Map<String, Job> jobs;
    private final List<PrintStyle.FontFace> fonts;
    private final String templateDisplay;
    private final Map<String, CompletableFuture<Optional<byte[]>>> rendering = new LinkedHashMap<>();
    private ExecutorService threads;

    private ReportPdfs(Map<String, Job> jobs, List<PrintStyle.FontFace> fonts, String templateDisplay) {
        this.jobs = jobs;
        this.fonts = fonts;
        this.templateDisplay = templateDisplay;
    }

    /** Where a report's PDF is published: beside its cover, named after the report and language. */
    public static String pathOf(Page report) {
        String folder = report.path();
        String name = String.join("-", folder.replaceAll("^[^/]+/|/$", "").split("/"));
        return folder + (name.isEmpty() ? "report" : name) + "-" + report.lang() + ".pdf";
    }

    /**
     * Writes the print document of every report in every language and checks its fonts and
     * charts; problems go to {@code problems}. Empty when the theme has no print template.
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
        byte[] fontDigest = fontDigest(style.get().fonts());
        Map<String, Job> jobs = new LinkedHashMap<>();
        for (Page report : reports) {
            checkCharts(ctx, report, problems);
            job(ctx, renderer, report, style.get(), chartCss, fontDigest, problems).ifPresent(j -> jobs.put(j.path(), j));
        }
        return Optional.of(new ReportPdfs(jobs, style.get().fonts(), layoutsDisplay + TEMPLATE));
    }

    private static Optional<Job> job(RenderContext ctx, PageRenderer renderer, Page report, PrintStyle style, String chartCss,
            byte[] fontDigest, Problems problems) {
        Language language = ctx.config().language(report.lang());
        String html;
        try {
            html = renderer.renderTemplate(TEMPLATE, language, ctx.view(report), Map.of("report", ctx.view(report)));
        } catch (TemplateFailure failure) {
            problems.add(failure.problem());
            return Optional.empty();
        }
        if (FrenchTypography.appliesTo(language.locale())) {
            html = FrenchTypography.apply(html);
        }
        var document = new PrintDocument(ctx.config().basePath(), ctx.config().baseUrl().toString()).build(html, style.css(), chartCss);
        LocalDate date = date(ctx, report);
        byte[] id = digest(RECIPE.getBytes(StandardCharsets.UTF_8), fontDigest, date.toString().getBytes(StandardCharsets.UTF_8),
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

    /** Where each report's PDF is, for the links on its pages; the size waits for {@link #start}'s work. */
    public Optional<ReportDownload> download(Page report, RenderContext ctx) {
        String path = pathOf(report);
        if (!jobs.containsKey(path)) {
            return Optional.empty();
        }
        String url = ctx.config().basePath() + path;
        return Optional.of(new ReportDownload(url, () -> {
            CompletableFuture<Optional<byte[]>> future;
            synchronized (rendering) {
                future = rendering.get(path);
            }
            return future == null ? OptionalLong.empty() : future.join().map(b -> OptionalLong.of(b.length)).orElse(OptionalLong.empty());
        }));
    }

    /** Starts laying out every PDF the cache does not have, each on its own thread. */
    public void start(PdfCache cache) {
        threads = Executors.newFixedThreadPool(Math.max(1, jobs.size()), runnable -> {
            Thread thread = new Thread(runnable, "report-pdf");
            thread.setDaemon(true);
            return thread;
        });
        synchronized (rendering) {
            for (Job job : jobs.values()) {
                Optional<byte[]> cached = cache.find(job.path(), job.id());
                rendering.put(job.path(), cached.isPresent() ? CompletableFuture.completedFuture(cached)
                        : CompletableFuture.supplyAsync(() -> render(job, cache), threads));
            }
        }
    }

    private final Map<String, String> failures = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<byte[]> render(Job job, PdfCache cache) {
        try {
            byte[] pdf = PdfRender.render(new PdfRender.Input(W3CDom.convert(job.document()), fonts, job.date(), job.id()));
            cache.keep(job.path(), job.id(), pdf);
            return Optional.of(pdf);
        } catch (PdfRender.Failure failure) {
            failures.put(job.path(), failure.getMessage());
            return Optional.empty();
        }
    }

    /** Waits for every PDF and writes it; a PDF that could not be laid out is an error at the print template. */
    public void finish(OutputSink out, Problems problems) {
        try {
            for (Map.Entry<String, CompletableFuture<Optional<byte[]>>> entry : rendering.entrySet()) {
                Optional<byte[]> pdf = entry.getValue().join();
                if (pdf.isPresent()) {
                    out.write(entry.getKey(), pdf.get());
                } else {
                    problems.error(SourcePos.file(templateDisplay), "cannot make " + entry.getKey() + ": " + failures.getOrDefault(entry.getKey(), "unknown failure"),
                            "the report PDF is laid out from " + templateDisplay + " and print/report.css");
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Lays out one report's PDF now (the preview, on request), or takes it from the cache. */
    public Optional<byte[]> renderNow(String path, PdfCache cache, Problems problems) {
        Job job = jobs.get(path);
        if (job == null) {
            return Optional.empty();
        }
        Optional<byte[]> pdf = cache.find(path, job.id()).or(() -> render(job, cache));
        if (pdf.isEmpty()) {
            problems.error(SourcePos.file(templateDisplay), "cannot make " + path + ": " + failures.get(path),
                    "the report PDF is laid out from " + templateDisplay + " and print/report.css");
        }
        return pdf;
    }

    /** The paths of the PDFs this build makes. */
    public java.util.Set<String> paths() {
        return jobs.keySet();
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
