package org.powerofwe.markdown;

import java.util.Set;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Recognises {@code {{< name args >}}} on one line as a {@link Shortcode} node. */
final class ShortcodeSyntax implements InlineParserExtension {

    static final String OPEN = "{{<";
    static final String CLOSE = ">}}";

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
        // Nothing is pending between blocks.
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
        // Nothing is pending inside a block.
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (!input.subSequence(start).startsWith(OPEN)) {
            return false;
        }
        int end = input.indexOf(CLOSE, start + OPEN.length());
        if (end < 0) {
            return false;
        }
        BasedSequence whole = input.subSequence(start, end + CLOSE.length());
        if (whole.indexOf('\n') >= 0) {
            return false;
        }
        parser.flushTextNode();
        String inner = input.subSequence(start + OPEN.length(), end).toString().trim();
        parser.getBlock().appendChild(new Shortcode(whole, inner));
        parser.setIndex(end + CLOSE.length());
        return true;
    }

    /** Registers the syntax for the {@code {} character. */
    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "{";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new ShortcodeSyntax();
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
