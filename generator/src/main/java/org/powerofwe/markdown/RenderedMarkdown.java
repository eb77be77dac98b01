package org.powerofwe.markdown;

import java.util.List;

/**
 * The result of rendering a page body.
 *
 * @param html     safe HTML to insert in the page
 * @param toc      the page's headings in order, with their anchors
 * @param text     plain text of the body, for search and word counts
 * @param excerpt  the first paragraph as plain text, for lists when a page has no summary
 * @param anchors  every id the body's headings define
 * @param links    the links and images of the body, as published, with where they were written
 * @param headings the headings of the body with their levels and positions
 */
public record RenderedMarkdown(String html, List<TocEntry> toc, String text, String excerpt, List<String> anchors,
        List<LinkFact> links, List<HeadingFact> headings) {

    public RenderedMarkdown {
        toc = List.copyOf(toc);
        anchors = List.copyOf(anchors);
        links = List.copyOf(links);
        headings = List.copyOf(headings);
    }
}
