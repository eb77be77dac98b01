package org.powerofwe.markdown.commonmark;

import java.util.Locale;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * Link reference definitions keyed by their label folded as CommonMark says (Unicode case folding,
 * so {@code [ẞ]} finds {@code [SS]: /url}, example 540), where flexmark only lower-cases.
 */
final class CaseFoldedReferences extends ReferenceRepository {

    CaseFoldedReferences(DataHolder options) {
        super(options);
    }

    /** Full case folding for the letters whose folding differs from lower-casing (ẞ, ß, ﬁ...): upper then lower. */
    static String fold(String key) {
        return key.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    @Override
    public String normalizeKey(CharSequence key) {
        return fold(super.normalizeKey(key));
    }

    @Override
    public Reference put(String key, Reference reference) {
        return super.put(fold(key), reference);
    }

    @Override
    public Reference get(Object key) {
        return super.get(key instanceof String s ? fold(s) : key);
    }

    @Override
    public boolean containsKey(Object key) {
        return super.containsKey(key instanceof String s ? fold(s) : key);
    }
}
