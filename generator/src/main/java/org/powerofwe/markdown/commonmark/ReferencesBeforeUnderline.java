package org.powerofwe.markdown.commonmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.block.BlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Reads link reference definitions at the start of a paragraph before deciding whether a {@code ===}
 * or {@code ---} line under it makes a heading, as CommonMark 0.30 does: the definitions are taken
 * out, the rest of the text becomes the heading (example 215), and when nothing is left the underline
 * is text or a thematic break again (216). flexmark made the whole paragraph, definitions included,
 * the heading.
 */
final class ReferencesBeforeUnderline implements BlockPreProcessor {

    @Override
    public void preProcess(ParserState state, Block block) {
        if (!(block instanceof Heading heading) || !heading.isSetextHeading() || heading.getParent() == null
                || !(state.getInlineParser() instanceof ParagraphPreProcessor references)) {
            return;
        }
        BasedSequence text = heading.getText();
        if (text.length() < 4 || text.charAt(0) != '[') {
            return;
        }
        // flexmark's reading of definitions at the start of a paragraph, on a paragraph made of the heading's text.
        Paragraph probe = new Paragraph(text);
        heading.insertBefore(probe);
        references.preProcessBlock(probe, state);
        probe.unlink();
        int end = -1;
        for (var node = heading.getPrevious(); node instanceof Reference reference; node = node.getPrevious()) {
            end = Math.max(end, reference.getEndOffset());
        }
        if (end < 0) {
            return;
        }
        int rest = 0;
        while (rest < text.length() && text.getIndexOffset(rest) < end) {
            rest++;
        }
        BasedSequence remaining = text.subSequence(rest).trim();
        if (!remaining.isBlank()) {
            heading.setText(remaining);
            heading.setCharsFromContent();
        } else {
            heading.setText(BasedSequence.NULL);
            BasedSequence underline = heading.getClosingMarker();
            if (!(heading.getNext() instanceof Paragraph next && prependToFollowing(underline, next))) {
                heading.insertAfter(underlineAsText(underline));
            }
            heading.unlink();
        }
    }

    /**
     * Makes the underline the first line of the paragraph that follows it on the next line (which
     * flexmark read as a paragraph of its own, the heading having ended the one before).
     */
    private static boolean prependToFollowing(BasedSequence underline, Paragraph next) {
        BasedSequence base = underline.getBaseSequence();
        int lineEnd = base.indexOf('\n', underline.getEndOffset());
        if (lineEnd < 0 || base.subSequence(lineEnd + 1, Math.max(lineEnd + 1, next.getStartOffset())).indexOf('\n') >= 0 || underline.charAt(0) != '=') {
            return false;
        }
        List<BasedSequence> lines = new ArrayList<>();
        lines.add(base.subSequence(underline.getStartOffset(), lineEnd + 1));
        lines.addAll(next.getContentLines());
        next.setContent(lines);
        next.setCharsFromContent();
        return true;
    }

    /** The underline of a heading that has no text left: a thematic break ({@code ---}) or the start of a paragraph. */
    private static Block underlineAsText(BasedSequence underline) {
        if (underline.charAt(0) == '-' && underline.length() >= 3) {
            return new ThematicBreak(underline);
        }
        Paragraph paragraph = new Paragraph(underline);
        paragraph.appendChild(new Text(underline));
        return paragraph;
    }

    /** Runs on headings once all blocks are read, before their text is parsed. */
    static final class Factory implements BlockPreProcessorFactory {
        @Override
        public Set<Class<? extends Block>> getBlockTypes() {
            return Set.of(Heading.class);
        }

        @Override
        public BlockPreProcessor apply(ParserState state) {
            return new ReferencesBeforeUnderline();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
