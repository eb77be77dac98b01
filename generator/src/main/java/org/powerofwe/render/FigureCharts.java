package org.powerofwe.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.powerofwe.model.Metric;

/**
 * Draws figures at build time, readable without JavaScript: a horizontal bar chart (inline SVG)
 * when several figures share a unit and can be compared, large-number cards otherwise. Each chart
 * has a text alternative and a table with the same numbers, formatted for the page's language.
 */
public final class FigureCharts {

    private static final int WIDTH = 640;
    private static final int LABEL_CHARS = 64;
    private static final int LINE_HEIGHT = 18;
    private static final int BAR_HEIGHT = 22;
    private static final int ROW_GAP = 14;
    private static final int VALUE_SPACE = 190;

    private FigureCharts() {
    }

    /** Renders a group of figures as trusted HTML; {@code id} must be unique on the page. */
    public static String render(List<Metric> metrics, String lang, FigureText text, String id, boolean rtl) {
        boolean comparable = metrics.size() > 1 && metrics.stream().map(Metric::unit).distinct().count() == 1;
        return comparable ? bars(metrics, lang, text, id, rtl) : cards(metrics, lang, text);
    }

    static String cards(List<Metric> metrics, String lang, FigureText text) {
        StringBuilder out = new StringBuilder("<div class=\"figure-cards\">\n");
        for (Metric metric : metrics) {
            out.append("<p class=\"figure-card\"><span class=\"figure-card__value\">")
                    .append(Html.escape(text.phrase(metric)))
                    .append("</span> <span class=\"figure-card__label\">")
                    .append(Html.escape(metric.label(lang)))
                    .append("</span> <span class=\"figure-card__period\">")
                    .append(Html.escape(text.period(metric)))
                    .append("</span></p>\n");
        }
        return out.append("</div>\n").toString();
    }

    static String bars(List<Metric> metrics, String lang, FigureText text, String id, boolean rtl) {
        BigDecimal max = metrics.stream().map(m -> m.max().orElse(m.value())).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() <= 0) {
            max = BigDecimal.ONE;
        }
        List<String> labels = metrics.stream().map(m -> m.label(lang)).toList();
        String title = text.ui().get("figures.chartTitle", List.of(String.join(", ", labels)));
        StringBuilder desc = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        int y = 8;
        int barSpace = WIDTH - VALUE_SPACE;
        for (Metric metric : metrics) {
            String label = metric.label(lang);
            String phrase = text.phrase(metric);
            desc.append(desc.length() == 0 ? "" : "; ").append(label).append(": ").append(phrase);
            List<String> lines = wrap(label, LABEL_CHARS);
            int anchorX = rtl ? WIDTH : 0;
            rows.append("<text class=\"chart__label\" x=\"").append(anchorX).append("\" y=\"").append(y + 14).append("\"")
                    .append(rtl ? " text-anchor=\"end\"" : "").append(">");
            for (int i = 0; i < lines.size(); i++) {
                rows.append("<tspan x=\"").append(anchorX).append("\"").append(i == 0 ? "" : " dy=\"" + LINE_HEIGHT + "\"").append(">")
                        .append(Html.escape(lines.get(i))).append("</tspan>");
            }
            rows.append("</text>\n");
            y += lines.size() * LINE_HEIGHT + 6;
            int width = Math.max(2, metric.value().multiply(BigDecimal.valueOf(barSpace)).divide(max, MathContext.DECIMAL64).intValue());
            int barX = rtl ? WIDTH - width : 0;
            rows.append("<rect class=\"chart__bar\" x=\"").append(barX).append("\" y=\"").append(y).append("\" width=\"").append(width)
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" rx=\"3\"/>\n");
            int valueX = rtl ? WIDTH - width - 8 : width + 8;
            rows.append("<text class=\"chart__value\" x=\"").append(valueX).append("\" y=\"").append(y + 16).append("\"")
                    .append(rtl ? " text-anchor=\"end\"" : "").append(">").append(Html.escape(phrase)).append("</text>\n");
            y += BAR_HEIGHT + ROW_GAP;
        }
        int height = y;
        return "<figure class=\"chart\" id=\"" + id + "\">\n"
                + "<svg class=\"chart__svg\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" width=\"" + WIDTH + "\" height=\"" + height + "\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">\n"
                + "<title id=\"" + id + "-title\">" + Html.escape(title) + "</title>\n"
                + "<desc id=\"" + id + "-desc\">" + Html.escape(desc.toString()) + "</desc>\n"
                + rows
                + "</svg>\n"
                + table(metrics, lang, text)
                + "</figure>\n";
    }

    static String table(List<Metric> metrics, String lang, FigureText text) {
        StringBuilder out = new StringBuilder("<table class=\"chart__data\">\n<caption>")
                .append(Html.escape(text.ui().get("figures.tableCaption"))).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(Html.escape(text.ui().get("figures.figure"))).append("</th><th scope=\"col\">")
                .append(Html.escape(text.ui().get("figures.value"))).append("</th><th scope=\"col\">")
                .append(Html.escape(text.ui().get("figures.period"))).append("</th></tr></thead>\n<tbody>\n");
        for (Metric metric : metrics) {
            out.append("<tr><th scope=\"row\">").append(Html.escape(metric.label(lang))).append("</th><td class=\"num\">")
                    .append(Html.escape(text.phrase(metric))).append("</td><td>").append(Html.escape(text.period(metric))).append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines.isEmpty() ? List.of(text.toLowerCase(Locale.ROOT)) : lines;
    }
}
