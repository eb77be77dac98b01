package org.powerofwe.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The singular and plural of millions and billions, which readers notice when wrong. */
class NumberWordsTest {

    private static String compact(String lang, Locale locale, String value, String currency) {
        return new NumberWords(lang, new LocaleFormat(locale)).compact(new BigDecimal(value), Optional.ofNullable(currency))
                .orElse("digits").replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void frenchMillionIsSingularBelowTwo() {
        assertEquals("1,5 million", compact("fr", Locale.FRANCE, "1500000", null));
        assertEquals("2 milliards de dollars américains", compact("fr", Locale.FRANCE, "2000000000", "USD"));
    }

    @Test
    void spanishHasNoShortBillionAndOneMillonIsSingular() {
        assertEquals("1 millón", compact("es", new Locale("es", "ES"), "1000000", null));
        assertEquals("2500 millones de euros", compact("es", new Locale("es", "ES"), "2500000000", "EUR").replace(".", ""));
    }

    @Test
    void englishPutsTheCurrencySymbolFirst() {
        assertEquals("US$1.5 billion", compact("en", Locale.UK, "1500000000", "USD"));
    }

    @Test
    void valuesThatAreNotRoundStayInDigits() {
        assertEquals("digits", compact("en", Locale.UK, "1234567", null));
        assertEquals("digits", compact("en", Locale.UK, "999999", null));
    }
}
