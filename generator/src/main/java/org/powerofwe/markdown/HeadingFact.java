package org.powerofwe.markdown;

import org.powerofwe.diag.SourcePos;

/** A heading of a page body with its level, for checks on heading order. */
public record HeadingFact(SourcePos pos, int level) {
}
