package org.powerofwe.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import org.powerofwe.diag.Suggestions;
import org.powerofwe.model.Metric;

/**
 * Renders shortcodes: {@code metric} writes a figure's value in the page's language;
 * {@code figures}, alone on its line, leaves a slot that {@link MarkdownRenderer} fills with the
 * chart after sanitising (charts are trusted HTML the sanitiser must not see).
 */
final class ShortcodeRenderer implements NodeRenderer {

    static final char SLOT_START = '\uE000';
    static final char SLOT_END = '\uE001';
    static final List<String> NAMES = List.of("metric", "figures");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Shortcode.class, this::inline),
                new NodeRenderingHandler<>(ShortcodeBlock.class, this::block));
    }

    private void inline(Shortcode node, NodeRendererContext context, HtmlWriter html) {
        PageScope scope = PageScope.of(context.getDocument());
        if (scope == null) {
            return;
        }
        switch (node.name()) {
            case "metric" -> {
                List<String> args = node.arguments();
                Optional<FigureForm> form = args.isEmpty() ? Optional.empty() : FigureForm.parse(args.subList(1, args.size()));
                if (form.isEmpty()) {
                    scope.problems.error(scope.at(node), "the metric shortcode takes one figure id, then optionally "
                            + String.join(", ", FigureForm.WRITTEN.stream().map(w -> "'" + w + "'").toList()),
                            "write {{< metric retreat-participants >}}, or {{< metric retreat-participants words >}} for \"three\"");
                    return;
                }
                metric(scope, node, args.get(0)).ifPresent(m -> html.text(scope.env.inlineFigure(m, scope.page.lang(), form.get())));
            }
            case "figures" -> scope.problems.error(scope.at(node), "the figures shortcode must be alone on its line",
                    "put {{< figures ... >}} in a paragraph of its own, with an empty line before and after");
            default -> unknown(scope, node);
        }
    }

    private void block(ShortcodeBlock block, NodeRendererContext context, HtmlWriter html) {
        PageScope scope = PageScope.of(context.getDocument());
        Shortcode node = block.shortcode();
        if (scope == null) {
            return;
        }
        if (!node.name().equals("figures")) {
            if (node.name().equals("metric")) {
                html.tag("p");
                inline(node, context, html);
                html.tag("/p").line();
            } else {
                unknown(scope, node);
            }
            return;
        }
        if (node.arguments().isEmpty()) {
            scope.problems.error(scope.at(node), "the figures shortcode needs at least one figure id", "write {{< figures id-one id-two >}}");
            return;
        }
        List<Metric> metrics = new ArrayList<>();
        for (String id : node.arguments()) {
            metric(scope, node, id).ifPresent(metrics::add);
        }
        if (metrics.size() != node.arguments().size() || !comparable(scope, node, metrics)) {
            return;
        }
        int slot = scope.figureBlocks.size();
        scope.figureBlocks.add(scope.env.figureBlock(metrics, scope.page.lang(), "fig" + (slot + 1)));
        html.line().raw(scope.slot(slot)).line();
    }

    /** A metric shortcode as plain text (for excerpts); nothing for any other or a wrong one. */
    static String plainText(PageScope scope, Shortcode node) {
        List<String> args = node.arguments();
        if (!node.name().equals("metric") || args.isEmpty()) {
            return "";
        }
        Optional<FigureForm> form = FigureForm.parse(args.subList(1, args.size()));
        Optional<Metric> metric = scope.env.metric(args.get(0));
        return form.isPresent() && metric.isPresent() ? scope.env.inlineFigure(metric.get(), scope.page.lang(), form.get()) : "";
    }

    /**
     * A chart compares like with like: every figure of a group shares its unit and its series.
     * Anything else (impressions beside followers, 2 against 2) is drawn as separate cards.
     */
    private static boolean comparable(PageScope scope, Shortcode node, List<Metric> metrics) {
        Metric first = metrics.get(0);
        for (Metric other : metrics.subList(1, metrics.size())) {
            String why = other.unit() != first.unit()
                    ? "they are in different units (" + first.unit().id() + ", " + other.unit().id() + ")"
                    : first.series().isEmpty() || other.series().isEmpty()
                            ? "'" + (first.series().isEmpty() ? first : other).id() + "' belongs to no series"
                            : !first.series().equals(other.series())
                                    ? "they belong to different series ('" + first.series().get() + "', '" + other.series().get() + "')"
                                    : null;
            if (why != null) {
                scope.problems.error(scope.at(node), "figures '" + first.id() + "' and '" + other.id() + "' cannot share a chart: " + why,
                        "draw each alone, one shortcode a line: {{< figures " + first.id() + " >}} and {{< figures " + other.id()
                                + " >}}; or, if they count the same kind of thing, give both the same 'series:' in content/data/metrics");
                return false;
            }
        }
        return true;
    }

    private Optional<Metric> metric(PageScope scope, Shortcode node, String id) {
        Optional<Metric> metric = scope.env.metric(id);
        if (metric.isEmpty()) {
            scope.problems.error(scope.at(node), "unknown figure '" + id + "'",
                    Suggestions.closest(id, scope.env.metricIds()).map(c -> "did you mean '" + c + "'?")
                            .orElse("figures are defined in content/data/metrics/*.yml"));
        }
        return metric;
    }

    private static void unknown(PageScope scope, Shortcode node) {
        scope.problems.error(scope.at(node), "unknown shortcode '" + node.name() + "'", Suggestions.didYouMean(node.name(), NAMES));
    }

    /** Registers the renderer with flexmark. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new ShortcodeRenderer();
        }
    }
}
