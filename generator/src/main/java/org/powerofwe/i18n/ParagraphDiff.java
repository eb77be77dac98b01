package org.powerofwe.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two versions of a source text paragraph by paragraph, so a translator sees which
 * paragraphs to revisit: added, removed, or changed (a removal next to an addition).
 */
public final class ParagraphDiff {

    /** What happened to a paragraph between the recorded source and today's. */
    public enum Kind { UNCHANGED, ADDED, REMOVED, CHANGED }

    /**
     * One step of the difference.
     *
     * @param before the paragraph in the recorded version (empty for an addition)
     * @param after  the paragraph today (empty for a removal)
     * @param index  the paragraph's position today (1-based), or where it was
     */
    public record Change(Kind kind, String before, String after, int index) {
    }

    private ParagraphDiff() {
    }

    /** The differences between two lists of paragraphs, unchanged ones left out. */
    public static List<Change> between(List<String> before, List<String> after) {
        int[][] lcs = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).equals(after.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> raw = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                i++;
                j++;
            } else if (j < after.size() && (i == before.size() || lcs[i][j + 1] > lcs[i + 1][j])) {
                raw.add(new Change(Kind.ADDED, "", after.get(j), j + 1));
                j++;
            } else {
                raw.add(new Change(Kind.REMOVED, before.get(i), "", j + 1));
                i++;
            }
        }
        return pairChanges(raw);
    }

    /**
     * Marks the words that changed inside a paragraph, {@code [-old-]{+new+}}, so a translator sees
     * at a glance that only "real" became "genuine".
     */
    public static String words(String before, String after) {
        String[] a = before.split(" ");
        String[] b = after.split(" ");
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                flushWords(out, removed, added);
                out.append(out.length() == 0 ? "" : " ").append(a[i]);
                i++;
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                removed.append(removed.length() == 0 ? "" : " ").append(a[i++]);
            } else {
                added.append(added.length() == 0 ? "" : " ").append(b[j++]);
            }
        }
        flushWords(out, removed, added);
        return out.toString();
    }

    private static void flushWords(StringBuilder out, StringBuilder removed, StringBuilder added) {
        if (removed.length() == 0 && added.length() == 0) {
            return;
        }
        out.append(out.length() == 0 ? "" : " ");
        if (removed.length() > 0) {
            out.append("[-").append(removed).append("-]");
        }
        if (added.length() > 0) {
            out.append("{+").append(added).append("+}");
        }
        removed.setLength(0);
        added.setLength(0);
    }

    /** A removal followed by an addition at the same place reads better as one changed paragraph. */
    private static List<Change> pairChanges(List<Change> raw) {
        List<Change> result = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            Change current = raw.get(k);
            if (current.kind() == Kind.REMOVED && k + 1 < raw.size() && raw.get(k + 1).kind() == Kind.ADDED) {
                Change next = raw.get(k + 1);
                result.add(new Change(Kind.CHANGED, current.before(), next.after(), next.index()));
                k++;
            } else {
                result.add(current);
            }
        }
        return result;
    }
}
