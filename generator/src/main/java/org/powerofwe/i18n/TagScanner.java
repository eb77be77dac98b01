package org.powerofwe.i18n;

/**
 * Reads a tag where it stands in a page's characters ({@code page[from, to)}), without copying it:
 * its name and its attributes. Every search stops at the tag's end.
 */
final class TagScanner {

    private TagScanner() {
    }

    /** Where a tag's name that starts at {@code from} ends: letters, digits and hyphens. */
    static int nameEnd(char[] page, int from, int to) {
        int i = from;
        while (i < to && isNameChar(page[i])) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        if (c < 128) {
            return isAsciiLetter(c) || isAsciiDigit(c) || c == '-';
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * The value after the first {@code needle} (such as {@code " lang="}) in the tag, quoted or not;
     * null when there is none. Found wherever it stands, as a plain text search would.
     */
    static String attribute(char[] page, int from, int to, String needle) {
        int at = indexOf(page, from, to, needle);
        return at < 0 ? null : valueAt(page, at + needle.length(), to);
    }

    /** The value that starts at {@code start}, after an attribute's '=', quoted or not; null when its quote is not closed. */
    static String valueAt(char[] page, int start, int to) {
        if (start >= to) {
            return null;
        }
        char quote = page[start];
        if (quote == '"' || quote == '\'') {
            int end = indexOf(page, start + 1, to, quote);
            return end < 0 ? null : new String(page, start + 1, end - start - 1);
        }
        int end = start;
        while (end < to && !Character.isWhitespace(page[end]) && page[end] != '>') {
            end++;
        }
        return new String(page, start, end - start);
    }

    /**
     * Where the attribute {@code name="value"} (or single-quoted) that starts at {@code from} ends
     * (after its closing quote); -1 when none starts there.
     */
    static int quotedAttributeEnd(char[] page, int from, int to) {
        if (from >= to || !isAsciiLetter(page[from])) {
            return -1;
        }
        int i = from;
        while (i < to && isAttributeNameChar(page[i])) {
            i++;
        }
        if (i + 1 >= to || page[i] != '=' || (page[i + 1] != '"' && page[i + 1] != '\'')) {
            return -1;
        }
        int close = indexOf(page, i + 2, to, page[i + 1]);
        return close < 0 ? -1 : close + 1;
    }

    private static boolean isAttributeNameChar(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == ':' || c == '_' || c == '-';
    }

    /** Whether {@code page[from, to)}, upper-case ASCII letters lowered, is {@code lowerCase}. */
    static boolean equalsLowerCase(char[] page, int from, int to, String lowerCase) {
        if (to - from != lowerCase.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (TagNames.lower(page[i]) != lowerCase.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code page[from, end)} ends with {@code suffix}. */
    static boolean endsWith(char[] page, int from, int end, String suffix) {
        int start = end - suffix.length();
        if (start < from) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (page[start + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(char[] page, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (page[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(char[] page, int from, int to, String needle) {
        char first = needle.charAt(0);
        for (int i = from, last = to - needle.length(); i <= last; i++) {
            if (page[i] == first && regionEquals(page, i + 1, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionEquals(char[] page, int from, String needle) {
        for (int j = 1; j < needle.length(); j++) {
            if (page[from + j - 1] != needle.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
