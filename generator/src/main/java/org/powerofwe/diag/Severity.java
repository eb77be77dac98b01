package org.powerofwe.diag;

/** Says whether a problem stops the build (error) or only deserves attention (warning). */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in {@code path:line:column: error: message}. */
    public String label() {
        return label;
    }
}
