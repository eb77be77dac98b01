package org.powerofwe.markdown;

import java.util.List;

/**
 * The result of rendering a page body.
 *
 * @param html     safe HTML to insert in the page
 * @param toc      the page's headings in order, with their anchors
 * @param text     plain text of the body, for search and word counts
 * @param excerpt  the first paragraph as plain text, for lists when a page has no summary
 * @param anchors  every id the body defines, for checking {@code #anchor} links
 */
public record RenderedMarkdown(String html, List<TocEntry> toc, String text, String excerpt, List<String> anchors) {

    public RenderedMarkdown {
        toc = List.copyOf(toc);
        anchors = List.copyOf(anchors);
    }
}
