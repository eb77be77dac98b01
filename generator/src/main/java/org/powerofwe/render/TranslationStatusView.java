package org.powerofwe.render;

import java.util.List;
import java.util.Optional;
import org.powerofwe.i18n.TranslationStatus;
import org.powerofwe.model.Page;

/** The translation status as the staff page shows it: per language, each page's state with links. */
public record TranslationStatusView(String sourceLanguage, List<Language> languages) {

    /** One language's counts and entries. */
    public record Language(String code, String name, int current, int outdated, int missing, List<Entry> entries) {
    }

    /**
     * One page in one language.
     *
     * @param state current, outdated, unrecorded or missing
     * @param url   the translation, or null when it is missing
     */
    public record Entry(String key, String title, String state, String file, String sourceUrl, String url) {
    }

    static TranslationStatusView of(RenderContext ctx) {
        TranslationStatus status = ctx.translations();
        List<Language> languages = status.languages().stream().map(language -> new Language(language.lang(), language.name(),
                language.current().size(), language.outdated().size(), language.missing().size(),
                language.entries().stream().map(e -> {
                    Optional<Page> source = ctx.site().find(e.key(), status.sourceLanguage());
                    Optional<Page> translation = ctx.site().find(e.key(), e.lang()).filter(p -> !p.isFallback());
                    return new Entry(e.key().value(), source.map(Page::title).orElse(e.key().value()),
                            e.state().name().toLowerCase(java.util.Locale.ROOT), e.file(),
                            source.map(ctx::url).orElse(null), translation.map(ctx::url).orElse(null));
                }).toList())).toList();
        return new TranslationStatusView(status.sourceLanguage(), languages);
    }
}
