package org.powerofwe.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;

/**
 * Where each translation stands against its default-language source: missing, outdated (the
 * source changed since the revision it records, or it records none), or current.
 */
public record TranslationStatus(String sourceLanguage, List<LanguageStatus> languages) {

    /** The state of one page in one language. */
    public enum State {
        CURRENT, OUTDATED, UNRECORDED, DRAFT, MISSING;

        public boolean needsWork() {
            return this != CURRENT;
        }
    }

    /**
     * One page's translation into one language.
     *
     * @param file      the translation's file, or where it should be created
     * @param recorded  the source revision the translation records, if any
     * @param revision  the source's revision today
     */
    public record Entry(PageKey key, String lang, State state, String file, String sourceFile, Optional<String> recorded, String revision) {
    }

    /**
     * The entries of one language, by state.
     *
     * @param positions where each page's entry is in {@code entries}; shared by every updated copy, where
     *                  entries keep their places
     */
    public record LanguageStatus(String lang, String name, List<Entry> entries, Map<PageKey, Integer> positions) {

        public LanguageStatus(String lang, String name, List<Entry> entries) {
            this(lang, name, List.copyOf(entries), index(entries));
        }

        private static Map<PageKey, Integer> index(List<Entry> entries) {
            Map<PageKey, Integer> map = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                map.put(entries.get(i).key(), i);
            }
            return Map.copyOf(map);
        }

        /** The entry of one page, if it has one in this language. */
        public Optional<Entry> entry(PageKey key) {
            return Optional.ofNullable(positions.get(key)).map(entries::get);
        }

        /** This language with the entry of {@code now}'s page replaced, in its place. */
        LanguageStatus replaced(Entry now) {
            List<Entry> copy = new ArrayList<>(entries);
            copy.set(positions.get(now.key()), now);
            return new LanguageStatus(lang, name, java.util.Collections.unmodifiableList(copy), positions);
        }

        public List<Entry> with(State... states) {
            List<State> wanted = List.of(states);
            return entries.stream().filter(e -> wanted.contains(e.state())).toList();
        }

        public List<Entry> missing() {
            return with(State.MISSING);
        }

        /** Outdated pages, including those that never recorded a revision and drafts (not yet published). */
        public List<Entry> outdated() {
            return with(State.OUTDATED, State.UNRECORDED, State.DRAFT);
        }

        public List<Entry> current() {
            return with(State.CURRENT);
        }
    }

    /** Computes the status of every translation of the given pages (the default language's are the sources). */
    public static TranslationStatus of(SiteConfig config, List<Page> pages) {
        return of(config, pages, Revisions::of);
    }

    /** The same, with a (possibly cached) way to compute a source page's revision. */
    public static TranslationStatus of(SiteConfig config, List<Page> pages, java.util.function.Function<Page, String> revisionOf) {
        String source = config.defaultLanguage();
        Map<String, Page> byLangAndKey = new HashMap<>();
        pages.forEach(p -> byLangAndKey.put(p.lang() + ":" + p.key(), p));
        List<Page> sources = pages.stream().filter(p -> p.lang().equals(source) && !p.isFallback())
                .sorted(Comparator.comparing(Page::key)).toList();
        List<LanguageStatus> languages = new ArrayList<>();
        for (var language : config.languages()) {
            if (language.code().equals(source)) {
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            for (Page original : sources) {
                entries.add(entry(original, language.code(), byLangAndKey.get(language.code() + ":" + original.key()), revisionOf));
            }
            languages.add(new LanguageStatus(language.code(), language.name(), entries));
        }
        return new TranslationStatus(source, languages);
    }

    /**
     * This status with the entries of one page computed again from its {@code versions} in every
     * language (the preview after a save that kept every page's address): the same as computing
     * the whole status again, for the cost of one page (no map of every page is copied).
     */
    public TranslationStatus updated(PageKey key, List<Page> versions, java.util.function.Function<Page, String> revisionOf) {
        Map<String, Page> byLang = new HashMap<>();
        versions.forEach(p -> byLang.put(p.lang(), p));
        Page original = byLang.get(sourceLanguage);
        List<LanguageStatus> updated = new ArrayList<>();
        for (LanguageStatus language : languages) {
            if (language.entry(key).isEmpty() || original == null || original.isFallback()) {
                updated.add(language);
                continue;
            }
            updated.add(language.replaced(entry(original, language.lang(), byLang.get(language.lang()), revisionOf)));
        }
        return new TranslationStatus(sourceLanguage, updated);
    }

    private static Entry entry(Page original, String lang, Page translation, java.util.function.Function<Page, String> revisionOf) {
        String revision = revisionOf.apply(original);
        return translation == null || translation.isFallback()
                ? new Entry(original.key(), lang, State.MISSING, expectedFile(original, lang), original.file(), Optional.empty(), revision)
                : new Entry(original.key(), lang, stateOf(translation, revision), translation.file(), original.file(), translation.translationOf(), revision);
    }

    public Optional<LanguageStatus> language(String lang) {
        return languages.stream().filter(l -> l.lang().equals(lang)).findFirst();
    }

    /** The state of one translation, if that page and language are known. */
    public Optional<Entry> entry(PageKey key, String lang) {
        return language(lang).flatMap(l -> l.entry(key));
    }

    static State stateOf(Page translation, String revision) {
        if (translation.draft()) {
            return State.DRAFT;
        }
        return translation.translationOf().map(r -> r.equals(revision) ? State.CURRENT : State.OUTDATED).orElse(State.UNRECORDED);
    }

    private static String expectedFile(Page original, String lang) {
        return original.file().replaceFirst("\\." + original.lang() + "\\.md$", "." + lang + ".md");
    }
}
