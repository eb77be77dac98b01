package org.powerofwe.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.yaml.Located;

/**
 * A figure the organisation reports, stored once and shown in every language: its value (or
 * range), what it counts, the period and report chapter it belongs to, and a label per language.
 *
 * @param series the comparison it belongs to: figures drawn together in one chart must share
 *     their unit and their series (the same kind of count, the same event or a real series)
 * @param source the words of the source document that state it, kept for checking, never shown
 */
public record Metric(
        String id,
        BigDecimal value,
        Optional<BigDecimal> max,
        Qualifier qualifier,
        Unit unit,
        String period,
        Located<String> chapter,
        Optional<String> series,
        Map<String, String> label,
        String source,
        SourcePos pos) {

    public Metric {
        label = Map.copyOf(label);
    }

    public String label(String lang) {
        return label.getOrDefault(lang, id);
    }

    /** What a figure measures, which decides how it is written. */
    public enum Unit {
        COUNT, PERCENT, EUR, USD;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The ISO 4217 currency, for money units. */
        public Optional<String> currency() {
            return this == EUR || this == USD ? Optional.of(name()) : Optional.empty();
        }
    }

    /** How exact the figure is, as the source words it ("over 3,000", "around €200 million"). */
    public enum Qualifier {
        EXACT, MORE_THAN, ABOUT, ALMOST, UP_TO;

        /** The spelling in data files and UI string keys: {@code more-than}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
