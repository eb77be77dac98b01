package org.powerofwe.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds whole-word occurrences of a fixed list of words or phrases (case-sensitive), the longest
 * first where several start at one place, so "Policy Council on X" wins over "Policy Council".
 * It gives what the regex {@code (?<![\p{L}\p{N}])(?:longest|...|shortest)(?![\p{L}\p{N}])} would,
 * without trying two hundred alternatives at every character of every page.
 */
final class WholeWords {

    /** A match: where it starts and ends in the text. */
    interface Found {
        void at(int start, int end);
    }

    /** The words by their first character, each list longest first. */
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    WholeWords(List<String> words) {
        List<String> sorted = new ArrayList<>(words.stream().filter(w -> !w.isEmpty()).distinct().toList());
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String word : sorted) {
            byFirst.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
        }
    }

    boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /** Calls {@code found} for each occurrence, left to right, never overlapping. */
    void find(CharSequence text, Found found) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            List<String> candidates = byFirst.get(text.charAt(i));
            String match = candidates == null || (i > 0 && isWordPart(Character.codePointBefore(text, i))) ? null : longestAt(text, i, candidates);
            if (match == null) {
                i++;
            } else {
                found.at(i, i + match.length());
                i += match.length();
            }
        }
    }

    private static String longestAt(CharSequence text, int at, List<String> candidates) {
        for (String word : candidates) {
            int end = at + word.length();
            if (end <= text.length() && startsWith(text, at, word) && (end == text.length() || !isWordPart(Character.codePointAt(text, end)))) {
                return word;
            }
        }
        return null;
    }

    private static boolean startsWith(CharSequence text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A letter or a number of any script: {@code [\p{L}\p{N}]}. */
    private static boolean isWordPart(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
