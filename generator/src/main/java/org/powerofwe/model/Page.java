package org.powerofwe.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.yaml.Located;

/**
 * One page in one language, as the content describes it.
 *
 * @param lang          the language the page is published in (part of its URL)
 * @param contentLang   the language its text is written in: differs from {@code lang} for a
 *                      fallback page standing in for a missing translation
 * @param path          the page's URL path below the site root, e.g. {@code fr/engagements/subsidiarite/}
 * @param fieldPositions where each front-matter field was written, for later checks
 * @param cover         the cover photo named in the front matter, if any
 */
public record Page(
        PageKey key,
        String lang,
        String contentLang,
        PageType type,
        String file,
        String title,
        String summary,
        Optional<LocalDate> date,
        OptionalInt weight,
        boolean draft,
        Optional<String> slug,
        List<Located<String>> aliases,
        Optional<String> translationOf,
        Optional<String> layout,
        TypeFields fields,
        String body,
        int bodyLine,
        String path,
        Map<String, SourcePos> fieldPositions,
        Optional<Cover> cover) {

    /** Orders pages inside a section: by weight (pages without one last), then title, then key. */
    public static final Comparator<Page> BY_WEIGHT = Comparator
            .comparingInt((Page p) -> p.weight().orElse(Integer.MAX_VALUE))
            .thenComparing(Page::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Page::key);

    /** Orders articles newest first, then by title. */
    public static final Comparator<Page> NEWEST_FIRST = Comparator
            .comparing((Page p) -> p.date().orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(Page::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Page::key);

    /** A page without a cover. */
    public Page(PageKey key, String lang, String contentLang, PageType type, String file, String title, String summary,
            Optional<LocalDate> date, OptionalInt weight, boolean draft, Optional<String> slug, List<Located<String>> aliases,
            Optional<String> translationOf, Optional<String> layout, TypeFields fields, String body, int bodyLine, String path,
            Map<String, SourcePos> fieldPositions) {
        this(key, lang, contentLang, type, file, title, summary, date, weight, draft, slug, aliases, translationOf, layout, fields, body,
                bodyLine, path, fieldPositions, Optional.empty());
    }

    public Page {
        aliases = List.copyOf(aliases);
        fieldPositions = Map.copyOf(fieldPositions);
    }

    /** True when this page stands in for a translation that does not exist yet. */
    public boolean isFallback() {
        return !lang.equals(contentLang);
    }

    public SourcePos pos() {
        return SourcePos.file(file);
    }

    /** Where a front-matter field was written, or the top of the file. */
    public SourcePos posOf(String field) {
        return fieldPositions.getOrDefault(field, pos());
    }

    /** This page with another text in place of its body (everything else the same). */
    public Page withBody(String otherBody) {
        return new Page(key, lang, contentLang, type, file, title, summary, date, weight, draft, slug,
                aliases, translationOf, layout, fields, otherBody, bodyLine, path, fieldPositions, cover);
    }

    /** Returns this page published under another language, with that language's URL. */
    public Page asFallback(String targetLang, String targetPath) {
        return new Page(key, targetLang, contentLang, type, file, title, summary, date, weight, draft, slug,
                List.of(), translationOf, layout, fields, body, bodyLine, targetPath, fieldPositions, cover);
    }

    /**
     * What decides where the page is published and how it is ordered and linked: its address,
     * order, dates, draft state, aliases, template and references. A change here can move the page
     * in other pages' lists, so the preview rebuilds the whole site; a change elsewhere (title,
     * summary, vision, text) only touches the pages that show the page.
     */
    public Object structure() {
        return List.of(key, lang, contentLang, type, slug, date, weight, draft, aliases.stream().map(Located::value).toList(),
                layout, references(), path);
    }

    /** The values of the type's references, without where they were written. */
    private List<Object> references() {
        if (fields instanceof TypeFields.Axis a) {
            return List.of(a.axis());
        }
        if (fields instanceof TypeFields.Pledge p) {
            return List.of(p.axis().value());
        }
        if (fields instanceof TypeFields.Undertaking u) {
            return List.of(u.axis().value(), u.pledges().stream().map(Located::value).toList());
        }
        if (fields instanceof TypeFields.Campaign c) {
            return List.of(c.hashtags(), c.metrics().stream().map(Located::value).toList());
        }
        if (fields instanceof TypeFields.Chapter c) {
            return List.of(c.year(), c.label());
        }
        if (fields instanceof TypeFields.Report r) {
            return List.of(r.year());
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    public <T extends TypeFields> Optional<T> fieldsAs(Class<T> type) {
        return type.isInstance(fields) ? Optional.of((T) fields) : Optional.empty();
    }
}
