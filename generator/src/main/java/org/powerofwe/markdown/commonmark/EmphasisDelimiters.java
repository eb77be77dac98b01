package org.powerofwe.markdown.commonmark;

import com.vladsch.flexmark.parser.core.delimiter.EmphasisDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;

/**
 * {@code *} and {@code _} emphasis as CommonMark 0.31 reads it, where flexmark follows 0.29: symbols
 * such as {@code £} and {@code €} count as punctuation when deciding whether a run of delimiters can
 * open or close (example 354), and runs inside a word may match when both are multiples of three
 * ({@code foo***bar***baz}, examples 416 and 417).
 */
final class EmphasisDelimiters extends EmphasisDelimiterProcessor {

    private final boolean underscore;

    private EmphasisDelimiters(char delimiter) {
        super(delimiter, false);
        this.underscore = delimiter == '_';
    }

    static EmphasisDelimiters asterisk() {
        return new EmphasisDelimiters('*');
    }

    static EmphasisDelimiters underscore() {
        return new EmphasisDelimiters('_');
    }

    @Override
    public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking, boolean beforeIsPunctuation,
            boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhitespace) {
        Flanking flanking = new Flanking(before, after);
        return flanking.left && (!underscore || !flanking.right || flanking.beforeIsPunctuation);
    }

    @Override
    public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking, boolean beforeIsPunctuation,
            boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhitespace) {
        Flanking flanking = new Flanking(before, after);
        return flanking.right && (!underscore || !flanking.left || flanking.afterIsPunctuation);
    }

    @Override
    public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
        boolean bothMultiplesOfThree = opener.length() % 3 == 0 && closer.length() % 3 == 0;
        if ((opener.canClose() || closer.canOpen()) && (opener.length() + closer.length()) % 3 == 0 && !bothMultiplesOfThree) {
            return 0;
        }
        return opener.length() >= 2 && closer.length() >= 2 ? 2 : 1;
    }

    /** Whether a run between {@code before} and {@code after} (a line end is white space) is left- and right-flanking. */
    private static final class Flanking {
        final boolean left;
        final boolean right;
        final boolean beforeIsPunctuation;
        final boolean afterIsPunctuation;

        Flanking(String before, String after) {
            int b = before.isEmpty() ? '\n' : before.codePointAt(0);
            int a = after.isEmpty() ? '\n' : after.codePointAt(0);
            boolean beforeIsWhitespace = isWhitespace(b);
            boolean afterIsWhitespace = isWhitespace(a);
            beforeIsPunctuation = isPunctuation(b);
            afterIsPunctuation = isPunctuation(a);
            left = !afterIsWhitespace && (!afterIsPunctuation || beforeIsWhitespace || beforeIsPunctuation);
            right = !beforeIsWhitespace && (!beforeIsPunctuation || afterIsWhitespace || afterIsPunctuation);
        }
    }

    /** Unicode white space as the spec defines it: category Zs, tab, line feed, form feed, carriage return. */
    static boolean isWhitespace(int c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Unicode punctuation as CommonMark 0.31 defines it: the P (punctuation) and S (symbol) categories. */
    static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
