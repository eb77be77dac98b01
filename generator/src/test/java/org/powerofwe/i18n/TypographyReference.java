package org.powerofwe.i18n;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * The typography walker and rules as they were before the walker was made faster, kept unchanged
 * as the reference the new code must match byte for byte ({@link TypographyDifferentialTest}).
 * Not to be edited or used outside tests.
 */
final class TypographyReference {

    private TypographyReference() {
    }

    static String french(String html) {
        return French.apply(html);
    }

    static String english(String html) {
        return English.apply(html);
    }

    static final class Walker {
        /** One language's rule for a run of text; {@code before} is the character that preceded it (' ' at the start). */
        interface Rule {
            String text(String run, char before);
        }

        /** The characters the rule may change, by code (all below U+0100): looked up for every character of a page. */
        private final boolean[] triggers = new boolean[256];

        private static final Set<String> RAW = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea", "var");
        private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
        /** Attributes whose value is text for readers, on any element. */
        private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder",
                "data-loading", "data-error", "data-none", "data-one", "data-many");
        /** {@code <meta>} tags (by name or property) whose {@code content} is text for readers. */
        private static final Set<String> TEXT_META = Set.of("description", "og:title", "og:description", "og:site_name",
                "og:image:alt", "twitter:title", "twitter:description", "twitter:image:alt");

        private final String language;
        private final Rule rule;

        /**
         * A walker for pages in {@code language} (a language code such as "fr"), applying {@code rule},
         * which leaves alone any text without one of the characters {@code triggers}: such text (most
         * of a page) is copied as it is, without asking the rule.
         */
        Walker(String language, String triggers, Rule rule) {
            this.language = language;
            for (char c : triggers.toCharArray()) {
                if (c >= this.triggers.length) {
                    throw new IllegalArgumentException("a trigger beyond U+00FF: " + c);
                }
                this.triggers[c] = true;
            }
            this.rule = rule;
        }

        private record Frame(String name, boolean ours, boolean raw) {
        }

        /** The page with the rule applied, in one pass over it. */
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
                    boolean closing = tag.startsWith("</");
                    boolean markup = tag.startsWith("<!") || tag.startsWith("<?");
                    String name = tagName(tag, closing ? 2 : 1);
                    track(tag, name, closing, markup, stack);
                    out.append(!closing && !markup && ours(tag, name, stack) ? attributes(tag) : tag);
                    // Block-level boundaries restart text (a quote at the start of a paragraph opens).
                    if (!INLINE.contains(name)) {
                        before = ' ';
                    }
                    i = end;
                } else {
                    // One scan finds both the run's end and whether the rule has anything to change in it.
                    int end = i;
                    boolean trigger = false;
                    for (char at; end < html.length() && (at = html.charAt(end)) != '<'; end++) {
                        trigger |= at < 256 && triggers[at];
                    }
                    Frame top = stack.peek();
                    if (trigger && top.ours() && !top.raw()) {
                        out.append(rule.text(html.substring(i, end), before));
                    } else {
                        out.append(html, i, end);
                    }
                    before = html.charAt(end - 1);
                    i = end;
                }
            }
            return out.toString();
        }

        private boolean hasTrigger(CharSequence text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < 256 && triggers[c]) {
                    return true;
                }
            }
            return false;
        }

        /** Inline elements: text goes on across them ("<em>UCLG</em>'s" is an apostrophe). */
        private static final Set<String> INLINE = Set.of("a", "em", "strong", "i", "b", "span", "abbr", "sup", "sub", "mark", "small", "cite", "q", "time");

        private boolean matches(String lang) {
            return lang.toLowerCase(Locale.ROOT).startsWith(language);
        }

        /** Whether a start tag {@code name} just read belongs to text in our language (its own lang, else its parent's). */
        private boolean ours(String tag, String name, Deque<Frame> stack) {
            if (VOID.contains(name) || tag.endsWith("/>")) {
                String lang = attribute(tag, "lang");
                return (lang == null ? stack.peek().ours() : matches(lang)) && !stack.peek().raw();
            }
            return stack.peek().name().equals(name) && stack.peek().ours() && !stack.peek().raw();
        }

        /**
         * The tag with the rule applied to the values of its attributes that readers see or hear: each
         * {@code name="value"} or {@code name='value'} after a space, read from left to right (a quoted
         * value hides what it holds). The tag itself when none of them needs a change.
         */
        private String attributes(String tag) {
            if (tag.indexOf('=') < 0) {
                return tag;
            }
            boolean textMeta = tag.regionMatches(true, 0, "<meta", 0, 5) && isTextMeta(tag);
            StringBuilder out = null;
            int copied = 0;
            int i = 0;
            while (i < tag.length()) {
                int valueEnd = " \t\n\u000B\f\r".indexOf(tag.charAt(i)) >= 0 ? quotedAttribute(tag, i + 1) : -1;
                if (valueEnd < 0) {
                    i++;
                    continue;
                }
                int equals = tag.indexOf('=', i + 1);
                String name = tag.substring(i + 1, equals).toLowerCase(Locale.ROOT);
                if ((TEXT_ATTRIBUTES.contains(name) || (textMeta && name.equals("content"))) && hasTrigger(tag, equals + 2, valueEnd - 1)) {
                    String value = tag.substring(equals + 2, valueEnd - 1);
                    String changed = rule.text(value, ' ');
                    if (!changed.equals(value)) {
                        out = out == null ? new StringBuilder(tag.length() + 8) : out;
                        out.append(tag, copied, equals + 2).append(changed);
                        copied = valueEnd - 1;
                    }
                }
                i = valueEnd;
            }
            return out == null ? tag : out.append(tag, copied, tag.length()).toString();
        }

        /**
         * Where the attribute {@code name="value"} (or single-quoted) that starts at {@code from} ends
         * (after its closing quote); -1 when none starts there.
         */
        private static int quotedAttribute(String tag, int from) {
            int i = from;
            if (i >= tag.length() || !isAsciiLetter(tag.charAt(i))) {
                return -1;
            }
            while (i < tag.length() && (isAsciiLetter(tag.charAt(i)) || isAsciiDigit(tag.charAt(i)) || ":_-".indexOf(tag.charAt(i)) >= 0)) {
                i++;
            }
            if (i + 1 >= tag.length() || tag.charAt(i) != '=' || (tag.charAt(i + 1) != '"' && tag.charAt(i + 1) != '\'')) {
                return -1;
            }
            int close = tag.indexOf(tag.charAt(i + 1), i + 2);
            return close < 0 ? -1 : close + 1;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isTextMeta(String tag) {
            String key = attribute(tag, "name");
            if (key == null) {
                key = attribute(tag, "property");
            }
            return key != null && TEXT_META.contains(key.toLowerCase(Locale.ROOT));
        }

        private void track(String tag, String name, boolean closing, boolean markup, Deque<Frame> stack) {
            if (markup) {
                return;
            }
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

    static final class French {
        static final char NNBSP = '\u202F';
        private static final Walker WALKER = new Walker("fr", ";:!?«»", (run, before) -> text(run));

        public static String apply(String html) {
            return WALKER.apply(html);
        }

        /** Spaces punctuation in one run of text (which may contain entities such as {@code &amp;}). */
        static String text(String text) {
            StringBuilder out = new StringBuilder(text.length() + 8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c == ';' || c == ':' || c == '!' || c == '?') && needsSpaceBefore(text, i)) {
                    spaceBefore(out);
                    out.append(c);
                } else if (c == '»') {
                    spaceBefore(out);
                    out.append(c);
                } else if (c == '«') {
                    out.append(c);
                    int j = i + 1;
                    while (j < text.length() && isSpace(text.charAt(j))) {
                        j++;
                    }
                    out.append(NNBSP);
                    i = j - 1;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static boolean needsSpaceBefore(String text, int i) {
            char c = text.charAt(i);
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            if (Character.isLetterOrDigit(after) || after == '/' || after == '=' || after == '&') {
                return false;
            }
            if (c == ';' && endsEntity(text, i)) {
                return false;
            }
            if (c == ':' && Character.isDigit(before) && Character.isDigit(after)) {
                return false;
            }
            if ((before == ';' || before == ':' || before == '!' || before == '?') && !(before == ';' && endsEntity(text, i - 1))) {
                return false;
            }
            return true;
        }

        private static boolean endsEntity(String text, int semicolon) {
            int j = semicolon - 1;
            while (j >= 0 && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '#')) {
                j--;
            }
            return j >= 0 && text.charAt(j) == '&' && j < semicolon - 1;
        }

        /** Turns the spaces before the cursor into one narrow no-break space, or adds one. */
        private static void spaceBefore(StringBuilder out) {
            int end = out.length();
            int start = end;
            while (start > 0 && isSpace(out.charAt(start - 1))) {
                start--;
            }
            if (start == 0 && end == 0) {
                out.append(NNBSP);
                return;
            }
            out.setLength(start);
            out.append(NNBSP);
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\u00A0' || c == NNBSP || c == '\t';
        }
    }

    static final class English {
        private static final Walker WALKER = new Walker("en", "\"'&", English::text);

        public static String apply(String html) {
            return WALKER.apply(html);
        }

        /**
         * Curls the quotes of one run of text, which may hold the entities {@code &quot;} and
         * {@code &#39;} as HTML escaping writes them; {@code before} is the character preceding the run.
         */
        static String text(String run, char before) {
            StringBuilder out = new StringBuilder(run.length());
            char previous = before;
            for (int i = 0; i < run.length(); i++) {
                char c = run.charAt(i);
                int skip = 0;
                if (run.startsWith("&quot;", i)) {
                    c = '"';
                    skip = 5;
                } else if (run.startsWith("&#39;", i) || run.startsWith("&#x27;", i)) {
                    c = '\'';
                    skip = run.charAt(i + 2) == 'x' ? 5 : 4;
                }
                char next = i + skip + 1 < run.length() ? run.charAt(i + skip + 1) : ' ';
                if (c == '"') {
                    c = opens(previous) ? '“' : '”';
                } else if (c == '\'') {
                    c = opens(previous) && Character.isLetter(next) ? '‘' : '’';
                }
                out.append(c);
                previous = c;
                i += skip;
            }
            return out.toString();
        }

        /** Whether a quote after this character opens a quotation (after a space, a bracket or a dash). */
        private static boolean opens(char previous) {
            return Character.isWhitespace(previous) || previous == '\u00A0' || "([{—–-/“‘".indexOf(previous) >= 0;
        }
    }
}
