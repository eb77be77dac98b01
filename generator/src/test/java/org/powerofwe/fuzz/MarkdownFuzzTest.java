package org.powerofwe.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.markdown.LinkFact;
import org.powerofwe.markdown.MarkdownEnvironment;
import org.powerofwe.markdown.MarkdownRenderer;
import org.powerofwe.markdown.RenderedMarkdown;
import org.powerofwe.markdown.TocEntry;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import org.powerofwe.model.PageType;
import org.powerofwe.model.TypeFields;
import org.powerofwe.yaml.Located;

/**
 * Any Markdown body: rendering never throws, its HTML runs nothing in a browser (no script, no
 * event handler, no {@code javascript:}, {@code vbscript:} or {@code data:} address, whatever
 * its case or the control characters inside), no chart is forged or doubled, heading anchors are
 * unique, and problems point into the body. Unless the writer is told that raw HTML hides
 * something, every chart and every anchored heading is there too. And it renders in bounded
 * time: an input that takes longer than {@link #TIME_BUDGET} (fuzzed inputs are a few kilobytes,
 * which render in milliseconds) is a finding, so fuzzing looks for slow inputs as well as crashes.
 */
class MarkdownFuzzTest {

    /**
     * Far above what a few kilobytes take (milliseconds), with room for a loaded machine and the
     * fuzzer's instrumentation: only work that grows much faster than the input goes over it.
     */
    private static final Duration TIME_BUDGET = Duration.ofSeconds(5);
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(Map.of(), TIME_BUDGET);
    /** CommonMark with the site's extensions but without its shortcodes, to tell where raw HTML is. */
    private static final Parser RAW_HTML_PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(
            TablesExtension.create(), StrikethroughExtension.create(), FootnoteExtension.create(), AutolinkExtension.create()))).build();
    private static final int BODY_LINE = 6;
    private static final String FILE = "content/undertakings/fuzz.fr.md";

    static {
        // Loads (and, when fuzzing, instruments) the renderer's classes before the first timed input.
        RENDERER.render(page(PageKey.of("undertakings/fuzz"), "fr", "fr/chantiers/fuzz/", FILE,
                "# T\n\n*a* [b](c) ~~d~~ <b>e</b> www.uclg.org x[^1]\n\n[^1]: n\n\n| a |\n|---|\n| b |\n\n- [ ] t\n\n<div>\n</div>\n"),
                new FuzzEnvironment(), new Problems());
    }

    @FuzzTest(maxDuration = "30s")
    void rendersAnyMarkdownSafely(byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        Page page = page(PageKey.of("undertakings/fuzz"), "fr", "fr/chantiers/fuzz/", FILE, body);
        FuzzEnvironment env = new FuzzEnvironment();
        Problems problems = new Problems();

        RenderedMarkdown rendered = RENDERER.render(page, env, problems);

        assertFalse(problems.sorted().stream().anyMatch(p -> p.message().contains("to render, so it is left out")),
                () -> "slow input: rendering " + bytes.length + " bytes took more than " + TIME_BUDGET.toSeconds() + " s");
        String html = rendered.html();
        FuzzChecks.assertSafeHtml(html);
        int lastLine = BODY_LINE + FuzzChecks.lineCount(body) - 1;
        FuzzChecks.assertProblemsInside(problems, FILE, BODY_LINE, lastLine);
        env.inspected.forEach(pos -> assertTrue(pos.line() >= BODY_LINE && pos.line() <= lastLine, pos::toString));
        for (LinkFact link : rendered.links()) {
            FuzzChecks.assertSafeUrl(link.url(), html);
            assertTrue(link.pos().line() >= BODY_LINE && link.pos().line() <= lastLine, link.pos()::toString);
        }
        assertTrue(rendered.excerpt().length() <= 221, rendered::excerpt);
        assertChartsAndAnchors(body, rendered, env.charts, html, problems);
    }

    private static void assertChartsAndAnchors(String body, RenderedMarkdown rendered, List<String> chartsMade, String html, Problems problems) {
        Document document = Jsoup.parseBodyFragment(html);
        List<String> charts = document.select("figure.fuzz-chart").eachAttr("id");
        List<String> ids = rendered.toc().stream().map(TocEntry::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), () -> "duplicate heading ids " + ids);
        assertEquals(ids, rendered.anchors());
        assertEquals(ids.size(), rendered.headings().size());
        if (hasRawHtml(body) && problems.sorted().stream().anyMatch(p -> p.isError() || p.message().endsWith("removed from the page"))) {
            // Raw HTML that would swallow what follows (an unclosed quote, a <script> left open) is
            // an error, and a closed <script> or <style> removed with what it holds is a warning:
            // either way the writer is told. Even then no chart is forged or doubled.
            assertTrue(isSubsequence(charts, chartsMade), () -> "charts " + charts + " not among " + chartsMade + " in: " + html);
            return;
        }
        assertEquals(chartsMade, charts, () -> "each chart once, in order: " + html);
        Set<String> headingIds = document.select("h1, h2, h3, h4, h5, h6").stream().map(Element::id).collect(Collectors.toSet());
        for (String id : ids) {
            assertTrue(!id.isEmpty() && headingIds.contains(id), () -> "anchor #" + id + " has no heading in: " + html);
        }
    }

    /** Whether CommonMark reads raw HTML (a tag, a comment, an HTML block) anywhere in {@code body}. */
    private static boolean hasRawHtml(String body) {
        for (Node node : RAW_HTML_PARSER.parse(body).getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int next = 0;
        for (String item : part) {
            int found = whole.subList(next, whole.size()).indexOf(item);
            if (found < 0) {
                return false;
            }
            next += found + 1;
        }
        return true;
    }

    static Page page(PageKey key, String lang, String path, String file, String body) {
        TypeFields fields = key.value().startsWith("undertakings/")
                ? new TypeFields.Undertaking(new Located<>("government", SourcePos.file(file)), List.of())
                : new TypeFields.Pledge(new Located<>("government", SourcePos.file(file)));
        return new Page(key, lang, lang, PageType.of(key), file, "Fuzz", "", Optional.empty(), OptionalInt.of(1), false,
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), fields, body, BODY_LINE, path, Map.of());
    }

    /**
     * A site with a pledge in English and French, an English-only pledge (a French link to it
     * falls back), a file too broken to publish, one image and two figures.
     */
    private static final class FuzzEnvironment implements MarkdownEnvironment {

        private static final Map<String, Page> PAGES = Map.of(
                "pledges/subsidiarity:en", page(PageKey.of("pledges/subsidiarity"), "en", "en/pledges/subsidiarity/", "content/pledges/subsidiarity.en.md", "Text."),
                "pledges/subsidiarity:fr", page(PageKey.of("pledges/subsidiarity"), "fr", "fr/engagements/subsidiarite/", "content/pledges/subsidiarity.fr.md", "Texte."),
                "pledges/local-democracy:en", page(PageKey.of("pledges/local-democracy"), "en", "en/pledges/local-democracy/", "content/pledges/local-democracy.en.md", "Text."),
                "undertakings/fuzz:fr", page(PageKey.of("undertakings/fuzz"), "fr", "fr/chantiers/fuzz/", FILE, ""));
        private static final Map<String, Metric> METRICS = Map.of(
                "m", metric("m", "3000"),
                "retreat-participants", metric("retreat-participants", "240"));

        final List<String> charts = new ArrayList<>();
        final List<SourcePos> inspected = new ArrayList<>();

        @Override
        public Optional<Page> findPage(PageKey key, String lang) {
            return Optional.ofNullable(PAGES.get(key.value() + ":" + lang)).or(() -> Optional.ofNullable(PAGES.get(key.value() + ":en")));
        }

        @Override
        public List<String> pageKeys() {
            return List.of("pledges/subsidiarity", "pledges/local-democracy", "undertakings/fuzz");
        }

        @Override
        public boolean fileExists(PageKey key) {
            return pageKeys().contains(key.value()) || key.value().equals("pledges/broken");
        }

        @Override
        public String urlOf(Page page) {
            return "/power-of-we/" + page.path();
        }

        @Override
        public Optional<String> assetUrl(String contentRelativePath) {
            return contentRelativePath.equals("images/chart.png") ? Optional.of("/power-of-we/images/chart.png") : Optional.empty();
        }

        @Override
        public String basePath() {
            return "/power-of-we/";
        }

        @Override
        public String host() {
            return "example.org";
        }

        @Override
        public Optional<Metric> metric(String id) {
            return Optional.ofNullable(METRICS.get(id));
        }

        @Override
        public List<String> metricIds() {
            return List.of("m", "retreat-participants");
        }

        @Override
        public String inlineFigure(Metric metric, String lang, org.powerofwe.markdown.FigureForm form) {
            return metric.value().toPlainString() + " <&>";
        }

        @Override
        public String figureBlock(List<Metric> metrics, String lang, String idPrefix) {
            charts.add(idPrefix);
            return "<figure class=\"fuzz-chart\" id=\"" + idPrefix + "\"><svg role=\"img\"><title>" + metrics.size()
                    + " figures</title></svg><figcaption>" + metrics.stream().map(Metric::id).collect(Collectors.joining(", "))
                    + "</figcaption></figure>";
        }

        @Override
        public void inspectText(Page page, CharSequence text, IntFunction<SourcePos> positionAt, Problems problems) {
            if (text.length() > 0) {
                inspected.add(positionAt.apply(0));
                inspected.add(positionAt.apply(text.length() - 1));
            }
        }

        private static Metric metric(String id, String value) {
            SourcePos pos = new SourcePos("content/data/metrics/fuzz.yml", 1, 1);
            return new Metric(id, new BigDecimal(value), Optional.empty(), Metric.Qualifier.MORE_THAN, Metric.Unit.COUNT, "2021",
                    new Located<>("3", pos), Optional.of("fuzz"), Map.of("en", "Participants", "fr", "Participants"), "over " + value, pos);
        }
    }
}
