package org.powerofwe.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers and dates as readers of each language write them. */
class LocaleFormatTest {

    private static final LocaleFormat EN = new LocaleFormat(Locale.forLanguageTag("en-GB"));
    private static final LocaleFormat FR = new LocaleFormat(Locale.forLanguageTag("fr-FR"));
    private static final LocaleFormat ES = new LocaleFormat(Locale.forLanguageTag("es-ES"));

    @Test
    void groupsThousandsTheWayEachLanguageDoes() {
        assertEquals("7,000,000", EN.number(7_000_000));
        assertEquals("7\u202f000\u202f000", FR.number(7_000_000));
        assertEquals("7.000.000", ES.number(7_000_000));
    }

    /**
     * A Spanish reader sees "2000 participantes" and "15.000 vidas", as the RAE and CLDR write them
     * ("2.000" reads as two with three decimals to them); English and French group from four digits.
     */
    @Test
    void spanishGroupsOnlyFromFiveDigitsWhileEnglishAndFrenchGroupFromFour() {
        assertEquals("1000", ES.number(1000));
        assertEquals("9999", ES.number(9999));
        assertEquals("10.800", ES.number(10_800));
        assertEquals("-2000", ES.number(-2000));
        assertEquals("2000,5", ES.number(new BigDecimal("2000.5")));
        assertEquals("1000\u00a0€", ES.money(new BigDecimal("1000"), "EUR"));
        assertEquals("25.000\u00a0€", ES.money(new BigDecimal("25000"), "EUR"));
        assertEquals("1,000", EN.number(1000));
        assertEquals("2,000.5", EN.number(new BigDecimal("2000.5")));
        assertEquals("1\u202f000", FR.number(1000));
        assertEquals("10\u202f800", FR.number(10_800));
    }

    @Test
    void writesMoneyWithTheCurrencyWhereTheLanguagePutsIt() {
        assertEquals("€200,000,000", EN.money(new BigDecimal("200000000"), "EUR"));
        assertEquals("200\u202f000\u202f000\u00a0€", FR.money(new BigDecimal("200000000"), "EUR"));
        assertEquals("5.000.000\u00a0US$", ES.money(new BigDecimal("5000000"), "USD"));
    }

    @Test
    void spellsOutDatesAndPeriods() {
        assertEquals("16 November 2021", EN.date(LocalDate.of(2021, 11, 16)));
        assertEquals("16 novembre 2021", FR.date(LocalDate.of(2021, 11, 16)));
        assertEquals("16 de noviembre de 2021", ES.date(LocalDate.of(2021, 11, 16)));
        assertEquals("novembre 2021", FR.period("2021-11"));
        assertEquals("2021", ES.period("2021"));
    }
}
