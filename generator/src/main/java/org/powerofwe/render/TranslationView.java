package org.powerofwe.render;

/**
 * One entry of a page's language switcher.
 *
 * @param url        the page in that language, or the language's home when it is not available
 * @param available  the page has a real translation in that language
 * @param fallback   that language shows the default-language text in place of a translation
 */
public record TranslationView(String code, String name, String localeTag, String url, boolean current, boolean available, boolean fallback) {
}
