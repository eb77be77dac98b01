package org.powerofwe.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A shortcode alone in its paragraph, such as a figures chart, rendered as a block, not inside {@code <p>}. */
public final class ShortcodeBlock extends Block {

    private final Shortcode shortcode;

    public ShortcodeBlock(Shortcode shortcode, BasedSequence chars) {
        super(chars);
        this.shortcode = shortcode;
    }

    public Shortcode shortcode() {
        return shortcode;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
