package org.powerofwe.markdown;

import java.util.List;
import java.util.Optional;

/**
 * How a figure cited in running text is written: {@code {{< metric id >}}} gives digits,
 * {@code words} small counts and ranges in words, {@code compact} millions and billions in words.
 */
public enum FigureForm {
    /** 3,280 · 3 280 · 3280. */
    DIGITS,
    /** three · trois · tres; between 70 and 100. */
    WORDS,
    /** The same, with a feminine "one" where the language has one: une, una. */
    WORDS_FEMININE,
    /** 7 million · €200 million · 200 millions d’euros. */
    COMPACT;

    /** The forms as written after the figure id, for messages. */
    static final List<String> WRITTEN = List.of("words", "words feminine", "compact");

    /** Reads the words after the figure id: none, {@code words}, {@code words feminine} or {@code compact}. */
    static Optional<FigureForm> parse(List<String> words) {
        return switch (String.join(" ", words)) {
            case "" -> Optional.of(DIGITS);
            case "words" -> Optional.of(WORDS);
            case "words feminine" -> Optional.of(WORDS_FEMININE);
            case "compact" -> Optional.of(COMPACT);
            default -> Optional.empty();
        };
    }
}
