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
 * has a text alternative and a table with the same numbers (in a disclosure under the chart),
 * formatted for the page's language. The chart is laid out in percentages of its width rather
 * than scaled from a viewBox, so its text stays readable from a 320 px phone to a desktop.
 */
public final class FigureCharts {

    /**
     * Label lines are wrapped to fit the smallest phone: at 320 px the chart leaves about 250 px of
     * text, some 30 characters at 15 px (38 spilled out of the chart's box there).
     */
    private static final int LABEL_CHARS = 30;
    private static final int LINE_HEIGHT = 20;
    private static final int BAR_HEIGHT = 28;
    private static final int ROW_GAP = 18;
    private static final int VALUE_GAP = 8;
    /** From this length (percent of the width) the value is written inside the bar, in white. */
    private static final double INSIDE_FROM = 55;

    private FigureCharts() {
    }

    /** Renders a group of figures as trusted HTML; {@code id} must be unique on the page. */
    public static String render(List<Metric> metrics, String lang, FigureText text, String id, boolean rtl) {
        return comparable(metrics) ? bars(metrics, lang, text, id, rtl) : cards(metrics, lang, text);
    }

    /** Bars only compare like with like: one unit and one series; anything else is a row of cards. */
    static boolean comparable(List<Metric> metrics) {
        return metrics.size() > 1
                && metrics.stream().map(Metric::unit).distinct().count() == 1
                && metrics.get(0).series().isPresent()
                && metrics.stream().map(Metric::series).distinct().count() == 1;
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
        int y = 0;
        for (Metric metric : metrics) {
            String label = metric.label(lang);
            String phrase = text.phrase(metric);
            desc.append(desc.length() == 0 ? "" : "; ").append(label).append(": ").append(phrase);
            y = label(rows, wrap(label, LABEL_CHARS), y, rtl);
            double share = metric.value().divide(max, MathContext.DECIMAL64).doubleValue();
            y = bar(rows, Math.max(0.5, Math.min(100, share * 100)), phrase, y, rtl);
        }
        int height = y - ROW_GAP;
        return "<figure class=\"chart\" id=\"" + id + "\">\n"
                + "<svg class=\"chart__svg\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" width=\"100%\" height=\"" + height
                + "\"" + (rtl ? " direction=\"rtl\"" : "") + " xmlns=\"http://www.w3.org/2000/svg\">\n"
                + "<title id=\"" + id + "-title\">" + Html.escape(title) + "</title>\n"
                + "<desc id=\"" + id + "-desc\">" + Html.escape(desc.toString()) + "</desc>\n"
                + rows
                + "</svg>\n"
                + "<details class=\"chart__details\">\n<summary>" + Html.escape(text.ui().get("figures.showTable")) + "</summary>\n"
                + table(metrics, lang, text)
                + "</details>\n"
                + "</figure>\n";
    }

    /**
     * Writes a bar's label, wrapped at build time; returns where the bar starts. Coordinates are
     * percentages of the chart's width (no viewBox), so the text keeps its size on a phone.
     */
    private static int label(StringBuilder rows, List<String> lines, int y, boolean rtl) {
        String x = rtl ? "100%" : "0";
        rows.append("<text class=\"chart__label\" x=\"").append(x).append("\" y=\"").append(y + 15).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            rows.append("<tspan x=\"").append(x).append("\"").append(i == 0 ? "" : " dy=\"" + LINE_HEIGHT + "\"").append(">")
                    .append(Html.escape(lines.get(i))).append("</tspan>");
        }
        rows.append("</text>\n");
        return y + lines.size() * LINE_HEIGHT + 4;
    }

    /**
     * Writes a bar over a light track of the full width, and its value: inside the bar when the
     * bar is long enough to hold it, just after its end otherwise. Returns where the next row starts.
     */
    private static int bar(StringBuilder rows, double percent, String phrase, int y, boolean rtl) {
        String width = percent(percent);
        String start = rtl ? percent(100 - percent) : "0";
        rows.append("<rect class=\"chart__track\" x=\"0\" y=\"").append(y).append("\" width=\"100%\" height=\"").append(BAR_HEIGHT)
                .append("\" rx=\"3\"/>\n");
        rows.append("<rect class=\"chart__bar\" x=\"").append(start).append("\" y=\"").append(y).append("\" width=\"").append(width)
                .append("\" height=\"").append(BAR_HEIGHT).append("\" rx=\"3\"/>\n");
        boolean inside = percent >= INSIDE_FROM;
        String edge = rtl ? percent(100 - percent) : width;
        int shift = (inside ? -VALUE_GAP : VALUE_GAP) * (rtl ? -1 : 1);
        // With direction rtl, "start" is the right end of the text: the same anchors then mirror the layout.
        String anchor = inside ? "end" : "start";
        rows.append("<text class=\"chart__value").append(inside ? " chart__value--inside" : "").append("\" x=\"").append(edge)
                .append("\" y=\"").append(y + BAR_HEIGHT / 2 + 5).append("\" text-anchor=\"").append(anchor)
                .append("\" transform=\"translate(").append(shift).append(" 0)\">").append(Html.escape(phrase)).append("</text>\n");
        return y + BAR_HEIGHT + ROW_GAP;
    }

    private static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
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
