package org.powerofwe.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * Records one thing wrong with the input, in the form staff read it:
 * {@code content/pledges/x.fr.md:4:3: error: unknown axis 'goverment'} followed by a hint.
 *
 * @param hint what to do about it, or empty when the message says it all
 */
public record Problem(SourcePos pos, Severity severity, String message, String hint) {

    /** Orders problems by file, line and column, so output is the same on every run. */
    public static final Comparator<Problem> READING_ORDER = Comparator
            .comparing((Problem p) -> p.pos().file())
            .thenComparingInt(p -> p.pos().line())
            .thenComparingInt(p -> p.pos().column())
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Formats the problem as {@code path:line:column: severity: message}, then the hint on its own line. */
    public String format() {
        String head = pos + ": " + severity.label() + ": " + message;
        return hint.isEmpty() ? head : head + System.lineSeparator() + "    hint: " + hint;
    }

    @Override
    public String toString() {
        return format();
    }
}
