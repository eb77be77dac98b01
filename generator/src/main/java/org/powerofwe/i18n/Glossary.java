package org.powerofwe.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;

/**
 * How the site writes its recurring terms in one language ("UCLG" is "CGLU" in French), from
 * {@code content/glossary/<lang>.yml}. Finds a term written in its source-language form on a page
 * of this language, except inside names the glossary says to keep as they are.
 */
public final class Glossary {

    private final String lang;
    private final Map<String, String> terms;
    private final Pattern english;
    private final Pattern kept;

    /**
     * @param terms source-language form → this language's form; entries where both are equal are ignored
     * @param keep  names in which source-language words are allowed (proper names kept in English)
     */
    public Glossary(String lang, Map<String, String> terms, List<String> keep) {
        this.lang = lang;
        Map<String, String> differing = new LinkedHashMap<>();
        terms.forEach((source, target) -> {
            if (!source.equals(target)) {
                differing.put(source, target);
            }
        });
        this.terms = Map.copyOf(differing);
        this.english = alternation(new ArrayList<>(differing.keySet()));
        this.kept = alternation(keep);
    }

    public String lang() {
        return lang;
    }

    public Map<String, String> terms() {
        return terms;
    }

    /** Reports each term written in its source-language form in {@code text}. */
    public void check(CharSequence text, IntFunction<SourcePos> positionAt, String languageName, Problems problems) {
        if (english == null) {
            return;
        }
        String masked = mask(text.toString());
        Matcher m = english.matcher(masked);
        while (m.find()) {
            String found = m.group();
            problems.warning(positionAt.apply(m.start()), "'" + found + "' is written '" + terms.get(found) + "' in " + languageName,
                    "use the " + languageName + " form, as listed in content/glossary/" + lang + ".yml (or add the name to its 'keep' list if it stays in English)");
        }
    }

    /** The form this language uses for a source-language term, if the glossary has one. */
    public Optional<String> translate(String term) {
        return Optional.ofNullable(terms.get(term));
    }

    private String mask(String text) {
        if (kept == null) {
            return text;
        }
        Matcher m = kept.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, '\u0000');
            }
        }
        return out.toString();
    }

    /** Whole-word, case-sensitive alternation, longest first so "Policy Council on X" wins over "Policy Council". */
    private static Pattern alternation(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return Pattern.compile(regex.append(")(?![\\p{L}\\p{N}])").toString());
    }
}
