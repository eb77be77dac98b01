package org.powerofwe.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.powerofwe.content.FrontMatterEditor;

/**
 * Brings into a translation what must be the same in every language, copied from its source page:
 * the shared front-matter fields (date, weight, axis, pledges, year, chapter, hashtags, metrics) and
 * the figure citations of the text, in the source's order. Translated words are left alone; a
 * citation the translation lacks is added at the end of its text, for the translator to move.
 */
public final class TranslationSync {

    /** The fields that do not depend on language. */
    public static final List<String> SHARED_FIELDS = List.of("date", "weight", "axis", "pledges", "year", "chapter", "hashtags", "metrics");

    private static final Pattern CITATION = Pattern.compile("\\{\\{<\\s*(?:metric|figures)\\s+[^>]*?\\s*>}}");
    private static final Pattern FENCE = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n.*?^---[ \\t]*(\\r?\\n|\\z)", Pattern.DOTALL | Pattern.MULTILINE);

    private TranslationSync() {
    }

    /** The translation's text with the source's shared fields and figure citations. */
    public static String sync(String source, String translation) {
        String text = translation;
        for (String field : SHARED_FIELDS) {
            text = FrontMatterEditor.copyField(source, text, field);
        }
        return citations(body(source), text);
    }

    private static String body(String text) {
        Matcher fence = FENCE.matcher(text);
        return fence.find() ? text.substring(fence.end()) : text;
    }

    private static String citations(String sourceBody, String translation) {
        List<String> wanted = new ArrayList<>();
        Matcher s = CITATION.matcher(sourceBody);
        while (s.find()) {
            wanted.add(s.group());
        }
        Matcher fence = FENCE.matcher(translation);
        int bodyStart = fence.find() ? fence.end() : 0;
        Matcher t = CITATION.matcher(translation);
        t.region(bodyStart, translation.length());
        StringBuilder out = new StringBuilder();
        int last = 0;
        int i = 0;
        while (t.find()) {
            out.append(translation, last, t.start()).append(i < wanted.size() ? wanted.get(i) : "");
            last = t.end();
            i++;
        }
        out.append(translation.substring(last));
        String newline = translation.contains("\r\n") ? "\r\n" : "\n";
        for (; i < wanted.size(); i++) {
            String text = out.toString().stripTrailing();
            out.setLength(0);
            out.append(text).append(newline).append(newline).append(wanted.get(i)).append(newline);
        }
        return out.toString();
    }
}
