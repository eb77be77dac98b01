package org.powerofwe.render;

import org.powerofwe.model.Language;

/** A language as templates see it, for {@code <html lang dir>}, the switcher and hreflang. */
public record LanguageView(String code, String name, String localeTag, String dir, String homeUrl, boolean isDefault) {

    LanguageView(Language language, String homeUrl, boolean isDefault) {
        this(language.code(), language.name(), language.localeTag(), language.direction().attribute(), homeUrl, isDefault);
    }

    /** The locale as Open Graph writes it: {@code fr_FR}. */
    public String ogLocale() {
        return localeTag.replace('-', '_');
    }
}
