package org.powerofwe.diag;

/**
 * Points at a place in a source file, as staff see it: the path relative to the project root,
 * with forward slashes, and a 1-based line and column.
 */
public record SourcePos(String file, int line, int column) {

    public SourcePos {
        if (line < 1) {
            line = 1;
        }
        if (column < 1) {
            column = 1;
        }
    }

    /** Names the whole file, for problems that have no better position. */
    public static SourcePos file(String file) {
        return new SourcePos(file, 1, 1);
    }

    /** Moves this position down by {@code lines}, keeping the column. */
    public SourcePos plusLines(int lines) {
        return new SourcePos(file, line + lines, column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
