package org.powerofwe.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.diag.Suggestions;

/**
 * A page template (Hugo calls them archetypes): the text {@code ./site new} starts a page from,
 * where each {@code {{ name }}} is replaced by a value; shortcodes ({@code {{< metric id >}}})
 * are left as they are.
 *
 * @param display where the template is shown in problems ({@code archetypes/article.md}, or a
 *                description of the built-in one)
 */
public record PageTemplate(String display, String text) {

    /** What each variable holds, in the order the guide lists them. */
    public static final Map<String, String> VARIABLES = orderedVariables();

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");

    /** A rendered template, which can name the template's position of a place in its text. */
    public record Rendered(String text, String display, List<List<Substitution>> lines) {

        /** Where a line and column of the rendered text were in the template. */
        public SourcePos templatePos(int line, int column) {
            List<Substitution> subs = line - 1 < lines.size() ? lines.get(line - 1) : List.of();
            int shift = 0;
            for (Substitution s : subs) {
                if (column <= s.renderedStart()) {
                    break;
                }
                if (column <= s.renderedEnd()) {
                    return new SourcePos(display, line, s.templateStart());
                }
                shift = s.templateEnd() - s.renderedEnd();
            }
            return new SourcePos(display, line, column + shift);
        }
    }

    /** One variable replaced on a line: its columns (1-based, end exclusive) before and after. */
    public record Substitution(int templateStart, int templateEnd, int renderedStart, int renderedEnd) {
    }

    /**
     * Replaces every variable; reports each one that is unknown or not written {@code {{ name }}}
     * at its line and column, and is then empty.
     */
    public Optional<Rendered> render(Map<String, String> values, Problems problems) {
        long before = problems.errorCount();
        StringBuilder out = new StringBuilder();
        List<List<Substitution>> lines = new ArrayList<>();
        String[] source = text.split("\n", -1);
        for (int i = 0; i < source.length; i++) {
            List<Substitution> subs = new ArrayList<>();
            out.append(renderLine(source[i], i + 1, values, subs, problems));
            if (i < source.length - 1) {
                out.append('\n');
            }
            lines.add(subs);
        }
        return problems.errorCount() > before ? Optional.empty() : Optional.of(new Rendered(out.toString(), display, lines));
    }

    private String renderLine(String line, int number, Map<String, String> values, List<Substitution> subs, Problems problems) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        int open;
        while ((open = line.indexOf("{{", at)) >= 0) {
            out.append(line, at, open);
            String after = line.substring(open + 2).stripLeading();
            if (after.startsWith("<") || after.startsWith("%")) {
                // A shortcode: the new page keeps it.
                out.append("{{");
                at = open + 2;
                continue;
            }
            Matcher m = VARIABLE.matcher(line).region(open, line.length());
            SourcePos pos = new SourcePos(display, number, open + 1);
            if (!m.lookingAt()) {
                problems.error(pos, "'{{' starts a variable that is not written {{ name }}",
                        "write a variable as {{ title }} (one of: " + String.join(", ", VARIABLES.keySet()) + "), on one line");
                return out.toString();
            }
            String name = m.group(1);
            String value = values.get(name);
            if (value == null) {
                String suggestion = Suggestions.closest(name, VARIABLES.keySet()).map(c -> "write {{ " + c + " }}; the variables are: ")
                        .orElse("the variables are: ");
                problems.error(pos, "unknown variable '" + name + "' in the page template",
                        suggestion + String.join(", ", VARIABLES.keySet()) + " (see docs/adding-pages.md)");
                value = m.group();
            }
            int renderedStart = out.length() + 1;
            out.append(value);
            subs.add(new Substitution(open + 1, m.end() + 1, renderedStart, out.length() + 1));
            at = m.end();
        }
        out.append(line.substring(at));
        return out.toString();
    }

    private static Map<String, String> orderedVariables() {
        Map<String, String> v = new java.util.LinkedHashMap<>();
        v.put("title", "the title made from the page's name: local-autonomy gives Local autonomy");
        v.put("slug", "the page's name as typed: local-autonomy");
        v.put("date", "today, as 2022-03-01");
        v.put("lang", "the language of the new page: en");
        v.put("weight", "the next weight in the page's folder, so the page comes last");
        v.put("chapter", "for a chapter, the next chapter number (the same as weight)");
        v.put("year", "the report's year (the chapter's, or the latest report's)");
        v.put("axis", "for an axis, its own name; otherwise the first axis of the Pact");
        v.put("axes", "every axis of the Pact: people, planet, government");
        v.put("hashtag", "a hashtag made from the page's name: #LocalAutonomy");
        v.put("summary", "the sentence asking for a summary; a published page may not keep it");
        v.put("vision", "the sentence asking for an axis's vision; a published page may not keep it");
        v.put("text", "the sentence asking for the page's text; a published page may not keep it");
        return java.util.Collections.unmodifiableMap(v);
    }
}
