package org.powerofwe.markdown;

import org.powerofwe.diag.SourcePos;

/**
 * A link or image written in a page body, as published: where it was written and the URL it
 * became, for checks that follow links to their target page and anchor.
 *
 * @param alt the image's text alternative (empty for links)
 */
public record LinkFact(SourcePos pos, String url, boolean image, String alt) {
}
