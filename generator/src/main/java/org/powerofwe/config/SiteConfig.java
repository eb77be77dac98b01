package org.powerofwe.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.powerofwe.model.Language;

/**
 * Holds the validated site-wide settings of {@code site-config.yml}.
 *
 * @param baseUrl      absolute URL of the site's root, always ending with {@code /}; may carry a sub-path
 * @param sections     URL segment of each content section, per language code
 * @param menus        main menu per language code, in order
 * @param extraHtml    raw HTML tags (beyond the default allow-list) that content may use, with their allowed attributes
 * @param editLink     where each page's "Edit this page" link leads, if anywhere
 * @param images       the largest photo originals accepted
 */
public record SiteConfig(
        Map<String, String> title,
        Map<String, String> description,
        URI baseUrl,
        String theme,
        String defaultLanguage,
        List<Language> languages,
        Map<String, Map<String, String>> sections,
        Map<String, List<MenuEntry>> menus,
        MissingTranslations missingTranslations,
        Map<String, Set<String>> extraHtml,
        Optional<EditLink> editLink,
        ImageLimits images) {

    public SiteConfig {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        languages = List.copyOf(languages);
        sections = Map.copyOf(sections);
        menus = Map.copyOf(menus);
        extraHtml = Map.copyOf(extraHtml);
    }

    public Language language(String code) {
        return findLanguage(code).orElseThrow(() -> new IllegalArgumentException("unknown language " + code));
    }

    public Optional<Language> findLanguage(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public Language defaultLang() {
        return language(defaultLanguage);
    }

    public List<String> languageCodes() {
        return languages.stream().map(Language::code).toList();
    }

    /** The URL segment of a section in a language, or the section's own name when not configured. */
    public String sectionSlug(String section, String lang) {
        Map<String, String> slugs = sections.get(section);
        return slugs == null ? section : slugs.getOrDefault(lang, section);
    }

    /** The path part of {@link #baseUrl()}, such as {@code /} or {@code /power-of-we/}. */
    public String basePath() {
        String path = baseUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** Returns a copy that publishes under another base URL (the preview server and Pages use their own). */
    public SiteConfig withBaseUrl(URI newBase) {
        URI base = newBase.toString().endsWith("/") ? newBase : URI.create(newBase + "/");
        return new SiteConfig(title, description, base, theme, defaultLanguage, languages, sections, menus,
                missingTranslations, extraHtml, editLink, images);
    }
}
