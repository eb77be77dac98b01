package org.powerofwe.i18n;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks an HTML page and hands a language's typography rule the runs of text readers see: text
 * outside tags, code and scripts, and the attributes they see or hear ({@code alt}, {@code title},
 * {@code aria-label}, {@code placeholder}, the search page's messages) and the {@code content} of
 * description and sharing {@code <meta>} tags, so the browser tab, link previews and screen
 * readers read as the page does. Passages marked as another language ({@code lang="en"}) are
 * left alone; other attributes, entities and URLs are never touched.
 */
final class TypographyWalker {

    /** One language's rule for a run of text; {@code before} is the character that preceded it (' ' at the start). */
    interface Rule {
        String text(String run, char before);
    }

    private static final Set<String> RAW = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea", "var");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
    /** Attributes whose value is text for readers, on any element. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder",
            "data-loading", "data-error", "data-none", "data-one", "data-many");
    /** {@code <meta>} tags (by name or property) whose {@code content} is text for readers. */
    private static final Set<String> TEXT_META = Set.of("description", "og:title", "og:description", "og:site_name",
            "og:image:alt", "twitter:title", "twitter:description", "twitter:image:alt");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s)([A-Za-z][A-Za-z0-9:_-]*)=(\"([^\"]*)\"|'([^']*)')");

    private final String language;
    private final Rule rule;

    /** A walker for pages in {@code language} (a language code such as "fr"), applying {@code rule}. */
    TypographyWalker(String language, Rule rule) {
        this.language = language;
        this.rule = rule;
    }

    private record Frame(String name, boolean ours, boolean raw) {
    }

    String apply(String html) {
        StringBuilder out = new StringBuilder(html.length() + 256);
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame("", true, false));
        char before = ' ';
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = tagEnd(html, i);
                String tag = html.substring(i, end);
                track(tag, stack);
                out.append(ours(tag, stack) ? attributes(tag) : tag);
                if (breaksText(tag)) {
                    before = ' ';
                }
                i = end;
            } else {
                int next = html.indexOf('<', i);
                int end = next < 0 ? html.length() : next;
                Frame top = stack.peek();
                String run = html.substring(i, end);
                out.append(top.ours() && !top.raw() ? rule.text(run, before) : run);
                before = run.charAt(run.length() - 1);
                i = end;
            }
        }
        return out.toString();
    }

    /** Inline elements: text goes on across them ("<em>UCLG</em>'s" is an apostrophe). */
    private static final Set<String> INLINE = Set.of("a", "em", "strong", "i", "b", "span", "abbr", "sup", "sub", "mark", "small", "cite", "q", "time");

    /** Block-level boundaries restart text (a quote at the start of a paragraph opens). */
    private static boolean breaksText(String tag) {
        return !INLINE.contains(tagName(tag, tag.startsWith("</") ? 2 : 1));
    }

    private boolean matches(String lang) {
        return lang.toLowerCase(Locale.ROOT).startsWith(language);
    }

    /** Whether a start tag just read belongs to text in our language (its own lang, else its parent's). */
    private boolean ours(String tag, Deque<Frame> stack) {
        if (tag.startsWith("</") || tag.startsWith("<!") || tag.startsWith("<?")) {
            return false;
        }
        String name = tagName(tag, 1);
        if (VOID.contains(name) || tag.endsWith("/>")) {
            String lang = attribute(tag, "lang");
            return (lang == null ? stack.peek().ours() : matches(lang)) && !stack.peek().raw();
        }
        return stack.peek().name().equals(name) && stack.peek().ours() && !stack.peek().raw();
    }

    /** The tag with the rule applied to the values of its attributes that readers see or hear. */
    private String attributes(String tag) {
        boolean textMeta = tag.regionMatches(true, 0, "<meta", 0, 5) && isTextMeta(tag);
        Matcher m = ATTRIBUTE.matcher(tag);
        StringBuilder out = new StringBuilder(tag.length() + 8);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            String replacement = m.group(0);
            if (TEXT_ATTRIBUTES.contains(name) || (textMeta && name.equals("content"))) {
                boolean doubleQuoted = m.group(4) != null;
                String value = doubleQuoted ? m.group(4) : m.group(5);
                char quote = doubleQuoted ? '"' : '\'';
                replacement = m.group(1) + m.group(2) + "=" + quote + rule.text(value, ' ') + quote;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isTextMeta(String tag) {
        String key = attribute(tag, "name");
        if (key == null) {
            key = attribute(tag, "property");
        }
        return key != null && TEXT_META.contains(key.toLowerCase(Locale.ROOT));
    }

    private void track(String tag, Deque<Frame> stack) {
        if (tag.startsWith("<!") || tag.startsWith("<?")) {
            return;
        }
        boolean closing = tag.startsWith("</");
        String name = tagName(tag, closing ? 2 : 1);
        if (closing) {
            while (stack.size() > 1) {
                if (stack.pop().name().equals(name)) {
                    break;
                }
            }
            return;
        }
        if (VOID.contains(name) || tag.endsWith("/>")) {
            return;
        }
        Frame parent = stack.peek();
        String lang = attribute(tag, "lang");
        boolean ours = lang == null ? parent.ours() : matches(lang);
        stack.push(new Frame(name, ours, parent.raw() || RAW.contains(name)));
    }

    private static int tagEnd(String html, int start) {
        char quote = 0;
        for (int i = start + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return html.length();
    }

    private static String tagName(String tag, int from) {
        int i = from;
        while (i < tag.length() && (Character.isLetterOrDigit(tag.charAt(i)) || tag.charAt(i) == '-')) {
            i++;
        }
        return tag.substring(from, i).toLowerCase(Locale.ROOT);
    }

    private static String attribute(String tag, String name) {
        int at = tag.indexOf(" " + name + "=");
        if (at < 0) {
            return null;
        }
        int start = at + name.length() + 2;
        if (start >= tag.length()) {
            return null;
        }
        char quote = tag.charAt(start);
        if (quote == '"' || quote == '\'') {
            int end = tag.indexOf(quote, start + 1);
            return end < 0 ? null : tag.substring(start + 1, end);
        }
        int end = start;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '>') {
            end++;
        }
        return tag.substring(start, end);
    }
}
