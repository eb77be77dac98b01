package org.powerofwe.yaml;

import org.powerofwe.diag.SourcePos;

/**
 * A scalar as written, with the type YAML resolved for it (so {@code weight: "3"} and
 * {@code weight: 3} stay distinguishable).
 */
public record YScalar(String text, Kind kind, SourcePos pos) implements YNode {

    /** The YAML 1.1 core types we accept. */
    public enum Kind {
        STRING("text"),
        INTEGER("a whole number"),
        FLOAT("a decimal number"),
        BOOLEAN("true or false"),
        NULL("an empty value"),
        TIMESTAMP("a date");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    @Override
    public String describe() {
        return kind.description() + (kind == Kind.NULL ? "" : " ('" + text + "')");
    }
}
