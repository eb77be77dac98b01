package org.powerofwe.i18n;

import java.util.Locale;

/** The typography of a page's language, applied to its HTML or to plain text (search results). */
public final class Typography {

    private Typography() {
    }

    /** French spacing for French, curly quotes for English, the text as written otherwise. */
    public static String html(Locale locale, String html) {
        if (FrenchTypography.appliesTo(locale)) {
            return FrenchTypography.apply(html);
        }
        return EnglishTypography.appliesTo(locale) ? EnglishTypography.apply(html) : html;
    }

    /** The same rules for plain text, such as a search result's title and summary. */
    public static String plain(Locale locale, String text) {
        if (FrenchTypography.appliesTo(locale)) {
            return FrenchTypography.plainText(text);
        }
        return EnglishTypography.appliesTo(locale) ? EnglishTypography.plainText(text) : text;
    }
}
