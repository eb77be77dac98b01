package org.powerofwe.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.powerofwe.model.Metric;

/**
 * Formats numbers, money and dates for one locale: 7,000,000 in en-GB, 7 000 000 in fr-FR,
 * 7.000.000 in es-ES. Spanish (and Polish) leave four-digit numbers ungrouped (2000, but
 * 10.800), as CLDR's minimum grouping digits and the RAE say; the JDK's formatter has no such
 * setting, so {@link #groups} applies it. Safe to share between threads.
 */
public final class LocaleFormat {

    /**
     * CLDR's minimumGroupingDigits where it is not 1: the digits a number needs before its first
     * separator, plus three (es: 2, so 1000 stays whole and 10.000 is grouped).
     */
    private static final java.util.Map<String, Integer> MINIMUM_GROUPING_DIGITS = java.util.Map.of("es", 2, "pl", 2);

    private final Locale locale;
    private final BigDecimal smallestGrouped;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter monthYear;
    /** A figure's period as a day or a month; asked for every figure a page cites, so compiled once. */
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
    private final ThreadLocal<NumberFormat> numbers;
    private final ThreadLocal<NumberFormat> percents;

    public LocaleFormat(Locale locale) {
        this.locale = locale;
        this.smallestGrouped = BigDecimal.TEN.pow(2 + MINIMUM_GROUPING_DIGITS.getOrDefault(locale.getLanguage(), 1));
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.numbers = ThreadLocal.withInitial(() -> {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setGroupingUsed(true);
            format.setMaximumFractionDigits(2);
            return format;
        });
        this.percents = ThreadLocal.withInitial(() -> {
            NumberFormat format = NumberFormat.getPercentInstance(locale);
            format.setMaximumFractionDigits(1);
            return format;
        });
    }

    public Locale locale() {
        return locale;
    }

    public String number(BigDecimal value) {
        NumberFormat format = numbers.get();
        format.setGroupingUsed(groups(value));
        return format.format(value);
    }

    public String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** Whether a number this large gets a grouping separator in this locale (Spanish 2000 does not). */
    boolean groups(BigDecimal value) {
        return value.abs().compareTo(smallestGrouped) >= 0;
    }

    private final ThreadLocal<java.util.Map<String, NumberFormat>> currencies = ThreadLocal.withInitial(java.util.HashMap::new);

    public String money(BigDecimal value, String currencyCode) {
        NumberFormat format = currencies.get().computeIfAbsent(currencyCode, code -> {
            NumberFormat created = NumberFormat.getCurrencyInstance(locale);
            created.setCurrency(Currency.getInstance(code));
            return created;
        });
        int scale = value.stripTrailingZeros().scale();
        format.setMinimumFractionDigits(scale > 0 ? 2 : 0);
        format.setMaximumFractionDigits(scale > 0 ? 2 : 0);
        format.setGroupingUsed(groups(value));
        return format.format(value);
    }

    public String percent(BigDecimal value) {
        return percents.get().format(value.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP));
    }

    /** A long, spelled-out date: 16 November 2021, 16 novembre 2021, 16 de noviembre de 2021. */
    public String date(LocalDate date) {
        return longDate.format(date);
    }

    /** A figure's period as readers say it: 2021, novembre 2021, 16 de noviembre de 2021. */
    public String period(String period) {
        try {
            if (DAY.matcher(period).matches()) {
                return date(LocalDate.parse(period));
            }
            if (MONTH.matcher(period).matches()) {
                return monthYear.format(java.time.YearMonth.parse(period));
            }
        } catch (java.time.DateTimeException e) {
            return period;
        }
        return period;
    }

    /** A figure's value in its unit, with its range if it has one (70–100). */
    public String metricValue(Metric metric) {
        String value = unitValue(metric.value(), metric.unit());
        return metric.max().map(max -> value + "–" + unitValue(max, metric.unit())).orElse(value);
    }

    private String unitValue(BigDecimal value, Metric.Unit unit) {
        return switch (unit) {
            case COUNT -> number(value);
            case PERCENT -> percent(value);
            case EUR, USD -> money(value, unit.currency().orElseThrow());
        };
    }
}
