package org.powerofwe.markdown.commonmark;

import java.util.Set;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Ends bare web and mail addresses where GitHub does, where the autolink library flexmark uses
 * stops elsewhere: an address runs to the next space or {@code <}, then loses trailing punctuation,
 * the {@code )} that have no {@code (} and an entity-like {@code &name;} at its end (GFM examples 625
 * and 626); a mail address followed by {@code -} or {@code _} is no address (631).
 */
final class GfmAutolinkEnds extends NodePostProcessor {

    @Override
    public void process(NodeTracker state, Node node) {
        if (node instanceof MailLink mail && mail.getOpeningMarker().isEmpty()) {
            if (node.getNext() instanceof Text after && contiguous(node, after) && (after.getChars().startsWith("-") || after.getChars().startsWith("_"))) {
                Text text = new Text(node.getChars().baseSubSequence(node.getStartOffset(), after.getEndOffset()));
                node.insertBefore(text);
                state.nodeAdded(text);
                after.unlink();
                state.nodeRemoved(after);
                node.unlink();
                state.nodeRemoved(node);
            }
        } else if (node instanceof AutoLink link && link.getOpeningMarker().isEmpty() && link.getFirstChild() instanceof Text) {
            reEnd(state, link);
        }
    }

    private static void reEnd(NodeTracker state, AutoLink link) {
        BasedSequence base = link.getChars().getBaseSequence();
        int start = link.getStartOffset();
        int end = link.getEndOffset();
        Text after = link.getNext() instanceof Text t && contiguous(link, t) ? t : null;
        int runEnd = end;
        if (after != null) {
            while (runEnd < after.getEndOffset() && !Character.isWhitespace(base.charAt(runEnd)) && base.charAt(runEnd) != '<') {
                runEnd++;
            }
        }
        int gfmEnd = trimmedEnd(base, start, runEnd);
        if (gfmEnd == end || gfmEnd <= start || after == null && gfmEnd > end) {
            return;
        }
        BasedSequence chars = base.subSequence(start, gfmEnd);
        link.setText(chars);
        link.setUrlChars(chars);
        link.setCharsFromContent();
        link.getFirstChild().setChars(chars);
        int restEnd = after != null ? after.getEndOffset() : end;
        if (gfmEnd < restEnd) {
            Text rest = new Text(base.subSequence(gfmEnd, restEnd));
            link.insertAfter(rest);
            state.nodeAdded(rest);
        }
        if (after != null) {
            after.unlink();
            state.nodeRemoved(after);
        }
    }

    /** Where an address written from {@code start} to {@code end} ends once GitHub's trailing rules are applied. */
    static int trimmedEnd(BasedSequence text, int start, int end) {
        int opening = 0;
        int closing = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '(') {
                opening++;
            } else if (text.charAt(i) == ')') {
                closing++;
            }
        }
        while (end > start) {
            char last = text.charAt(end - 1);
            if ("?!.,:*_~'\"".indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && closing > opening) {
                closing--;
                end--;
            } else if (last == ';') {
                int amp = end - 2;
                while (amp > start && Character.isLetterOrDigit(text.charAt(amp))) {
                    amp--;
                }
                end = amp < end - 2 && text.charAt(amp) == '&' ? amp : end - 1;
            } else {
                return end;
            }
        }
        return end;
    }

    private static boolean contiguous(Node node, Node next) {
        return next.getStartOffset() == node.getEndOffset();
    }

    /** Runs on the addresses the autolink extension found. */
    static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(AutoLink.class, MailLink.class);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(AutolinkNodePostProcessor.Factory.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new GfmAutolinkEnds();
        }
    }
}
