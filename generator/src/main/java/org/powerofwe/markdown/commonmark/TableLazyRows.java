package org.powerofwe.markdown.commonmark;

import java.util.ArrayList;
import java.util.List;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Reads the lines right under a table that have no {@code |} as rows of that table, their text in
 * the first cell, up to the next blank line, as GitHub does (GFM example 202); flexmark ended the
 * table there and made the lines a paragraph.
 */
final class TableLazyRows extends NodePostProcessor {

    @Override
    public void process(NodeTracker state, Node node) {
        if (!(node instanceof Paragraph paragraph) || !(paragraph.getPrevious() instanceof TableBlock table) || !rightUnder(table, paragraph)) {
            return;
        }
        TableBody body = table.getFirstChildAny(TableBody.class) instanceof TableBody b ? b : null;
        TableRow header = table.getFirstChildAny(TableHead.class) instanceof TableHead head && head.getFirstChild() instanceof TableRow row ? row : null;
        if (body == null || header == null || spansLines(paragraph)) {
            return;
        }
        List<TableCell> columns = new ArrayList<>();
        for (Node cell = header.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell c) {
                columns.add(c);
            }
        }
        int rowNumber = 0;
        for (Node existing = body.getFirstChild(); existing != null; existing = existing.getNext()) {
            rowNumber++;
        }
        TableRow row = null;
        for (Node child = paragraph.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            if (row == null) {
                row = newRow(++rowNumber, columns);
                body.appendChild(row);
            }
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                finish(row);
                row = null;
                child.unlink();
            } else {
                row.getFirstChild().appendChild(child);
            }
            child = next;
        }
        if (row != null) {
            finish(row);
        }
        body.setCharsFromContent();
        table.setCharsFromContent();
        paragraph.unlink();
        state.nodeRemoved(paragraph);
    }

    private static TableRow newRow(int number, List<TableCell> columns) {
        TableRow row = new TableRow();
        row.setRowNumber(number);
        for (TableCell column : columns) {
            TableCell cell = new TableCell();
            cell.setAlignment(column.getAlignment());
            row.appendChild(cell);
        }
        return row;
    }

    private static void finish(TableRow row) {
        TableCell first = (TableCell) row.getFirstChild();
        first.setCharsFromContent();
        first.setText(first.getChars());
        row.setCharsFromContent();
    }

    /** Whether the paragraph starts on the line after the table ends: what is left of the table's own paragraph. */
    private static boolean rightUnder(TableBlock table, Paragraph paragraph) {
        BasedSequence base = paragraph.getChars().getBaseSequence();
        int from = table.getEndOffset();
        int to = paragraph.getStartOffset();
        if (to < from) {
            return false;
        }
        int lineEnds = 0;
        for (int i = Math.max(0, from - 1); i < to; i++) {
            if (base.charAt(i) == '\n') {
                lineEnds++;
            }
        }
        return lineEnds == 1;
    }

    /** Whether some inline element (emphasis, a link) runs over a line end, so the lines cannot be split into rows. */
    private static boolean spansLines(Paragraph paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            for (Node inner : child.getDescendants()) {
                if (inner instanceof SoftLineBreak || inner instanceof HardLineBreak) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs on paragraphs once the whole page is parsed. */
    static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Paragraph.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new TableLazyRows();
        }
    }
}
