package org.powerofwe.i18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;

/**
 * How the site writes its recurring terms in one language ("UCLG" is "CGLU" in French), from
 * {@code content/glossary/<lang>.yml}. Finds a term written in its source-language form on a page
 * of this language, except inside names the glossary says to keep as they are, and any form the
 * glossary says to avoid in this language (a literal translation the organisation does not use,
 * such as "Pacte pour le futur" for its "Pacte pour l’avenir").
 */
public final class Glossary {

    private final String lang;
    private final Map<String, String> terms;
    private final WholeWords english;
    private final WholeWords kept;
    private final Map<String, String> avoid;
    private final WholeWords avoided;

    /**
     * @param terms source-language form → this language's form; entries where both are equal are ignored
     * @param keep  names in which source-language words are allowed (proper names kept in English)
     */
    public Glossary(String lang, Map<String, String> terms, List<String> keep) {
        this(lang, terms, keep, Map.of());
    }

    /**
     * @param avoid forms this language's pages must not use → the form to write instead
     */
    public Glossary(String lang, Map<String, String> terms, List<String> keep, Map<String, String> avoid) {
        this.lang = lang;
        this.avoid = Map.copyOf(avoid);
        this.avoided = new WholeWords(new ArrayList<>(avoid.keySet()));
        Map<String, String> differing = new LinkedHashMap<>();
        terms.forEach((source, target) -> {
            if (!source.equals(target)) {
                differing.put(source, target);
            }
        });
        this.terms = Map.copyOf(differing);
        this.english = new WholeWords(new ArrayList<>(differing.keySet()));
        this.kept = new WholeWords(keep);
    }

    public String lang() {
        return lang;
    }

    public Map<String, String> terms() {
        return terms;
    }

    /** Reports each term written in its source-language form in {@code text}. */
    public void check(CharSequence text, IntFunction<SourcePos> positionAt, String languageName, Problems problems) {
        if (!avoided.isEmpty()) {
            avoided.find(text, (start, end) -> {
                String found = text.subSequence(start, end).toString();
                problems.warning(positionAt.apply(start), "'" + found + "' is not the name used in " + languageName + ": write '" + avoid.get(found) + "'",
                        "the forms to avoid and their replacements are listed under 'avoid' in content/glossary/" + lang + ".yml");
            });
        }
        if (english.isEmpty()) {
            return;
        }
        String masked = mask(text);
        english.find(masked, (start, end) -> {
            String found = masked.substring(start, end);
            problems.warning(positionAt.apply(start), "'" + found + "' is written '" + terms.get(found) + "' in " + languageName,
                    "use the " + languageName + " form, as listed in content/glossary/" + lang + ".yml (or add the name to its 'keep' list if it stays in English)");
        });
    }

    /** The form this language uses for a source-language term, if the glossary has one. */
    public Optional<String> translate(String term) {
        return Optional.ofNullable(terms.get(term));
    }

    private String mask(CharSequence text) {
        StringBuilder out = new StringBuilder(text);
        kept.find(text, (start, end) -> {
            for (int i = start; i < end; i++) {
                out.setCharAt(i, '\u0000');
            }
        });
        return out.toString();
    }
}
