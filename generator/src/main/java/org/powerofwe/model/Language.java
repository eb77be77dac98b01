package org.powerofwe.model;

import java.util.Locale;

/**
 * A language the site is published in: its code in file names and URLs, its own name for the
 * language switcher, the locale used to format numbers and dates, and its writing direction.
 */
public record Language(String code, String name, Locale locale, Direction direction) {

    /** Writing direction, for the {@code dir} attribute. */
    public enum Direction {
        LTR, RTL;

        public String attribute() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The BCP 47 tag readers' browsers and {@code hreflang} expect, e.g. {@code fr-FR}. */
    public String localeTag() {
        return locale.toLanguageTag();
    }
}
