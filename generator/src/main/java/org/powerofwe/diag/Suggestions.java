package org.powerofwe.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a mistyped one was probably meant to be, for "did you mean" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    /** Returns the closest candidate when it is close enough to be a likely typo. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String needle = typed.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, needle.length() / 3);
        return candidates.stream()
                .map(c -> new Scored(c, distance(needle, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= tolerance)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    /** The {@code limit} candidates closest to what was typed, closest first, however far they are. */
    public static java.util.List<String> nearest(String typed, Collection<String> candidates, int limit) {
        String needle = typed.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .map(c -> new Scored(c, distance(needle, c.toLowerCase(Locale.ROOT))))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .limit(limit).map(Scored::candidate).toList();
    }

    /** Builds the hint "did you mean 'x'?" or, failing that, lists what is allowed. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates)
                .map(c -> "did you mean '" + c + "'?")
                .orElseGet(() -> candidates.isEmpty() ? "" : "expected one of: " + String.join(", ", candidates.stream().sorted().toList()));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String candidate, int distance) {
    }
}
