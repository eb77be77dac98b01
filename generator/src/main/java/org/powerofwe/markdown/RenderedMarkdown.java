package org.powerofwe.markdown;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * The result of rendering a page body. The HTML is kept as UTF-8 bytes (half the memory of a Java
 * string for most text); a one-shot build drops the plain text and link facts once the search
 * entry is made ({@link #lean()}), so ten thousand pages fit in little memory.
 */
public final class RenderedMarkdown {

    private final Html html;
    private final List<TocEntry> toc;
    private final String text;
    private final String excerpt;
    private final int wordCount;
    private final List<String> anchors;
    private final List<LinkFact> links;
    private final List<HeadingFact> headings;

    /**
     * @param html     safe HTML to insert in the page
     * @param toc      the page's headings in order, with their anchors
     * @param text     plain text of the body, for search
     * @param excerpt  the first paragraph as plain text, for lists when a page has no summary
     * @param anchors  every id the body's headings define
     * @param links    the links and images of the body, as published, with where they were written
     * @param headings the headings of the body with their levels and positions
     */
    public RenderedMarkdown(String html, List<TocEntry> toc, String text, String excerpt, List<String> anchors,
            List<LinkFact> links, List<HeadingFact> headings) {
        this(html.getBytes(StandardCharsets.UTF_8), List.copyOf(toc), text, excerpt, countWords(text), List.copyOf(anchors),
                List.copyOf(links), List.copyOf(headings));
    }

    private RenderedMarkdown(byte[] html, List<TocEntry> toc, String text, String excerpt, int wordCount, List<String> anchors,
            List<LinkFact> links, List<HeadingFact> headings) {
        this(new Html(html), toc, text, excerpt, wordCount, anchors, links, headings);
    }

    private RenderedMarkdown(Html html, List<TocEntry> toc, String text, String excerpt, int wordCount, List<String> anchors,
            List<LinkFact> links, List<HeadingFact> headings) {
        this.html = html;
        this.toc = toc;
        this.text = text;
        this.excerpt = excerpt;
        this.wordCount = wordCount;
        this.anchors = anchors;
        this.links = links;
        this.headings = headings;
    }

    /**
     * A body as the build cache kept it: the HTML as UTF-8 and every other part exactly as
     * {@link #htmlUtf8()} and the accessors gave them when it was rendered. The array is taken
     * over, not copied (the cache reads a new one per body): the caller must not change it.
     */
    public static RenderedMarkdown restore(byte[] htmlUtf8, List<TocEntry> toc, String text, String excerpt, int wordCount,
            List<String> anchors, List<LinkFact> links, List<HeadingFact> headings) {
        return new RenderedMarkdown(htmlUtf8, List.copyOf(toc), text, excerpt, wordCount, List.copyOf(anchors), List.copyOf(links),
                List.copyOf(headings));
    }

    /**
     * A lean body ({@link #lean()}) as the build cache kept it, whose HTML is taken from {@code html}
     * when first asked for: most pages of a build are copied whole from the cache and never show
     * their body's HTML, which is then neither read nor kept in memory. {@code html} must give the
     * same bytes as {@link #htmlUtf8()} did when the body was rendered.
     */
    public static RenderedMarkdown restoreLean(Supplier<byte[]> html, List<TocEntry> toc, String excerpt, int wordCount, List<String> anchors) {
        return new RenderedMarkdown(new Html(html), List.copyOf(toc), null, excerpt, wordCount, List.copyOf(anchors), List.of(), List.of());
    }

    /** The HTML as UTF-8 bytes (a copy), for the build cache. */
    public byte[] htmlUtf8() {
        return html.bytes().clone();
    }

    public String html() {
        return new String(html.bytes(), StandardCharsets.UTF_8);
    }

    public List<TocEntry> toc() {
        return toc;
    }

    /** The plain text of the body; empty once {@link #lean()} dropped it. */
    public String text() {
        return text == null ? "" : text;
    }

    public String excerpt() {
        return excerpt;
    }

    public int wordCount() {
        return wordCount;
    }

    public List<String> anchors() {
        return anchors;
    }

    public List<LinkFact> links() {
        return links;
    }

    public List<HeadingFact> headings() {
        return headings;
    }

    /** The same body without what only search and checks need (plain text, links, headings). */
    public RenderedMarkdown lean() {
        return new RenderedMarkdown(html, toc, null, excerpt, wordCount, anchors, List.of(), List.of());
    }

    /** The HTML as UTF-8, or where to take it from the first time it is asked for (then kept). */
    private static final class Html {

        private volatile byte[] bytes;
        private Supplier<byte[]> source;

        Html(byte[] bytes) {
            this.bytes = bytes;
        }

        Html(Supplier<byte[]> source) {
            this.source = source;
        }

        byte[] bytes() {
            byte[] taken = bytes;
            if (taken == null) {
                synchronized (this) {
                    taken = bytes;
                    if (taken == null) {
                        taken = source.get();
                        bytes = taken;
                        source = null;
                    }
                }
            }
            return taken;
        }
    }

    private static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
