package org.powerofwe.render;

import java.util.List;
import org.powerofwe.i18n.LocaleFormat;
import org.powerofwe.i18n.NumberWords;
import org.powerofwe.markdown.FigureForm;
import org.powerofwe.i18n.UiStrings;
import org.powerofwe.model.Metric;

/** Writes a figure for readers of one language: "more than 3,280", "environ 200 000 000 €". */
public final class FigureText {

    private final LocaleFormat format;
    private final UiStrings ui;

    private final NumberWords words;

    public FigureText(LocaleFormat format, UiStrings ui, String lang) {
        this.format = format;
        this.ui = ui;
        this.words = new NumberWords(lang, format);
    }

    /** The value alone, in the language's number format. */
    public String value(Metric metric) {
        return format.metricValue(metric);
    }

    /** The value as running text writes it, in the form the page asked for. */
    public String inline(Metric metric, FigureForm form) {
        return switch (form) {
            case DIGITS -> value(metric);
            case WORDS, WORDS_FEMININE -> inWords(metric, form == FigureForm.WORDS_FEMININE);
            case COMPACT -> metric.max().isPresent() ? value(metric)
                    : words.compact(metric.value(), metric.unit().currency()).orElseGet(() -> value(metric));
        };
    }

    private String inWords(Metric metric, boolean feminine) {
        if (metric.unit() != Metric.Unit.COUNT) {
            return value(metric);
        }
        String low = words.countOrDigits(metric.value(), feminine);
        return metric.max()
                .map(max -> words.range(low, words.countOrDigits(max, feminine)).orElseGet(() -> value(metric)))
                .orElse(low);
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
