package org.powerofwe.config;

/** What readers of a language get when a page has not been translated into it yet. */
public enum MissingTranslations {
    /** Publish the default-language page under the language's URL, with a notice and the right {@code lang}. */
    FALLBACK,
    /** Leave the page out of that language; the language switcher says it is not available yet. */
    OMIT
}
