package org.powerofwe.i18n;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes figures in running text as a writer of each language would: small counts in words
 * ("three segments", « trois volets », «tres ejes»), ranges as "between 70 and 100", and round
 * millions and billions as words ("€200 million", « 200 millions d’euros », «200 millones de
 * euros»). Languages it does not know get digits: callers fall back to {@link LocaleFormat}.
 */
public final class NumberWords {

    /** Counts up to this one are written in words; larger ones stay digits. */
    public static final int LARGEST_IN_WORDS = 10;

    private static final char NBSP = '\u00A0';

    private static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
            "fr", List.of("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
            "es", List.of("cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"));

    /** One before a feminine noun: une réunion, una reunión. */
    private static final Map<String, String> ONE_FEMININE = Map.of("fr", "une", "es", "una");

    private static final Map<String, String[]> BETWEEN = Map.of(
            "en", new String[] {"between ", " and "},
            "fr", new String[] {"entre ", " et "},
            "es", new String[] {"entre ", " y "});

    private final String lang;
    private final LocaleFormat format;

    public NumberWords(String lang, LocaleFormat format) {
        this.lang = lang;
        this.format = format;
    }

    /** The count in words when it is a whole number from zero to ten, in a language this knows. */
    public Optional<String> count(BigDecimal value, boolean feminine) {
        List<String> words = WORDS.get(lang);
        if (words == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(LARGEST_IN_WORDS)) > 0
                || value.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        int n = value.intValueExact();
        if (n == 1 && feminine && ONE_FEMININE.containsKey(lang)) {
            return Optional.of(ONE_FEMININE.get(lang));
        }
        return Optional.of(words.get(n));
    }

    /** A count in words where that reads better, digits otherwise. */
    public String countOrDigits(BigDecimal value, boolean feminine) {
        return count(value, feminine).orElseGet(() -> format.number(value));
    }

    /** "between 70 and 100", in a language this knows. */
    public Optional<String> range(String low, String high) {
        String[] words = BETWEEN.get(lang);
        return words == null ? Optional.empty() : Optional.of(words[0] + low + words[1] + high);
    }

    /**
     * A round amount of millions or billions in words ("7 million", « 1,5 milliard »), with its
     * currency if any; empty when the value is under a million or not round to one decimal.
     */
    public Optional<String> compact(BigDecimal value, Optional<String> currency) {
        if (!WORDS.containsKey(lang)) {
            return Optional.empty();
        }
        Scale scale = Scale.of(value).orElse(null);
        if (scale == null) {
            return Optional.empty();
        }
        BigDecimal amount = value.divide(scale.factor).stripTrailingZeros();
        String number = format.number(amount);
        boolean plural = amount.compareTo(BigDecimal.valueOf(2)) >= 0;
        return Optional.of(switch (lang) {
            case "fr" -> number + NBSP + scale.french(plural) + currency.map(NumberWords::frenchCurrency).orElse("");
            case "es" -> spanish(value, amount, scale) + currency.map(NumberWords::spanishCurrency).orElse("");
            default -> currency.map(NumberWords::englishSymbol).orElse("") + number + NBSP + scale.english;
        });
    }

    private String spanish(BigDecimal value, BigDecimal amount, Scale scale) {
        if (scale == Scale.BILLION) {
            // Spanish has no short-scale billion: 1,5 × 10⁹ is «1500 millones».
            BigDecimal millions = value.divide(Scale.MILLION.factor).stripTrailingZeros();
            return format.number(millions) + NBSP + "millones";
        }
        boolean one = amount.compareTo(BigDecimal.ONE) == 0;
        return format.number(amount) + NBSP + (one ? "millón" : "millones");
    }

    private static String englishSymbol(String currency) {
        return switch (currency) {
            case "EUR" -> "€";
            case "USD" -> "US$";
            default -> currency + NBSP;
        };
    }

    private static String frenchCurrency(String currency) {
        return switch (currency) {
            case "EUR" -> " d’euros";
            case "USD" -> " de dollars américains";
            default -> " " + currency;
        };
    }

    private static String spanishCurrency(String currency) {
        return switch (currency) {
            case "EUR" -> " de euros";
            case "USD" -> " de dólares estadounidenses";
            default -> " " + currency;
        };
    }

    private enum Scale {
        MILLION(new BigDecimal("1000000"), "million", "million", "millions"),
        BILLION(new BigDecimal("1000000000"), "billion", "milliard", "milliards");

        final BigDecimal factor;
        final String english;
        final String frenchOne;
        final String frenchMany;

        Scale(BigDecimal factor, String english, String frenchOne, String frenchMany) {
            this.factor = factor;
            this.english = english;
            this.frenchOne = frenchOne;
            this.frenchMany = frenchMany;
        }

        String french(boolean plural) {
            return plural ? frenchMany : frenchOne;
        }

        /** The largest scale in which the value is round to one decimal: 1,500,000 → million. */
        static Optional<Scale> of(BigDecimal value) {
            for (Scale scale : new Scale[] {BILLION, MILLION}) {
                if (value.compareTo(scale.factor) >= 0 && value.divide(scale.factor).stripTrailingZeros().scale() <= 1) {
                    return Optional.of(scale);
                }
            }
            return Optional.empty();
        }
    }
}
