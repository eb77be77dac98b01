package org.powerofwe.markdown;

import java.util.Arrays;
import org.powerofwe.diag.SourcePos;

/** Converts a character offset in a page body into the line and column of the page file. */
final class LineIndex {

    private final String file;
    private final int firstLine;
    private final int[] lineStarts;

    LineIndex(String body, String file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
        int count = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    SourcePos at(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new SourcePos(file, firstLine + line, offset - lineStarts[Math.max(line, 0)] + 1);
    }
}
