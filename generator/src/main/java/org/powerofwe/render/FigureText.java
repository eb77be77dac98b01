package org.powerofwe.render;

import java.util.List;
import org.powerofwe.i18n.LocaleFormat;
import org.powerofwe.i18n.UiStrings;
import org.powerofwe.model.Metric;

/** Writes a figure for readers of one language: "more than 3,280", "environ 200 000 000 €". */
public final class FigureText {

    private final LocaleFormat format;
    private final UiStrings ui;

    public FigureText(LocaleFormat format, UiStrings ui) {
        this.format = format;
        this.ui = ui;
    }

    /** The value alone, in the language's number format. */
    public String value(Metric metric) {
        return format.metricValue(metric);
    }

    /** The value with its qualifier, as a phrase. */
    public String phrase(Metric metric) {
        String value = value(metric);
        if (metric.qualifier() == Metric.Qualifier.EXACT) {
            return value;
        }
        return ui.get("figures.qualifier." + metric.qualifier().id(), List.of(value));
    }

    public String period(Metric metric) {
        return format.period(metric.period());
    }

    public LocaleFormat format() {
        return format;
    }

    public UiStrings ui() {
        return ui;
    }
}
