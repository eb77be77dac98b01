package org.powerofwe.build.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.markdown.HeadingFact;
import org.powerofwe.markdown.LinkFact;
import org.powerofwe.markdown.RenderedMarkdown;
import org.powerofwe.markdown.TocEntry;

/**
 * A build that drops the plain text, links and headings of bodies (every build but the running
 * generator's) reads only the first part of kept bodies, and their HTML only for the pages that
 * show it; what it keeps must be exactly what the full reading gives, or a page from the cache
 * would differ from a rendered one, and a damaged entry must still be refused, or a reader would
 * see garbled text.
 */
class BodyCodecTest {

    private static final SourcePos POS = new SourcePos("content/a.en.md", 7, 3);

    private static BodyCodec.Entry entry(Optional<byte[]> searchEntry) {
        RenderedMarkdown body = new RenderedMarkdown("<h2 id=\"why\">Why</h2><p>Cités et régions.</p>", List.of(new TocEntry(2, "Why", "why")),
                "Why Cités et régions.", "Cités et régions.", List.of("why"), List.of(new LinkFact(POS, "/en/b/", false, "")),
                List.of(new HeadingFact(POS, 2)));
        return new BodyCodec.Entry(List.of(), Optional.of("rev"), searchEntry, List.of(), body);
    }

    private static Optional<BodyCodec.Entry> lean(byte[] first, Supplier<byte[]> html) throws IOException {
        return BodyCodec.decodeLean(first, 0, first.length, html);
    }

    @Test
    void aLeanReadingKeepsEverythingALeanBodyHasAndReadsTheHtmlOnlyWhenShown() throws IOException {
        byte[][] parts = BodyCodec.encode(entry(Optional.of("{\"t\":\"Why\"}".getBytes(StandardCharsets.UTF_8))));
        RenderedMarkdown full = BodyCodec.decode(parts[0], parts[1]).body().lean();
        AtomicInteger reads = new AtomicInteger();
        BodyCodec.Entry entry = lean(parts[0], () -> {
            reads.incrementAndGet();
            try {
                return BodyCodec.html(parts[1]);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).orElseThrow();
        RenderedMarkdown lean = entry.body();
        assertEquals(full.toc(), lean.toc());
        assertEquals(full.excerpt(), lean.excerpt());
        assertEquals(full.wordCount(), lean.wordCount());
        assertEquals(full.anchors(), lean.anchors());
        assertEquals("rev", entry.revision().orElseThrow());
        assertEquals("", lean.text());
        assertEquals(List.of(), lean.links());
        assertEquals(0, reads.get(), "a page copied from the cache never needs its body's HTML");
        assertArrayEquals(full.htmlUtf8(), lean.htmlUtf8());
        assertEquals(full.html(), lean.lean().html());
        assertEquals(1, reads.get(), "the HTML is read once, then kept");
    }

    @Test
    void withoutASearchEntryTheWholeEntryIsNeeded() throws IOException {
        // The search entry is then made from the text, which only the second part holds.
        byte[][] parts = BodyCodec.encode(entry(Optional.empty()));
        assertTrue(lean(parts[0], () -> {
            throw new AssertionError("not read");
        }).isEmpty());
        assertEquals("Why Cités et régions.", BodyCodec.decode(parts[0], parts[1]).body().text());
    }

    @Test
    void aDamagedPartIsRefused() {
        byte[][] parts = BodyCodec.encode(entry(Optional.of("{}".getBytes(StandardCharsets.UTF_8))));
        byte[] shortFirst = Arrays.copyOf(parts[0], parts[0].length - 3);
        byte[] longerFirst = Arrays.copyOf(parts[0], parts[0].length + 1);
        byte[] shortSecond = Arrays.copyOf(parts[1], parts[1].length - 3);
        byte[] longerSecond = Arrays.copyOf(parts[1], parts[1].length + 1);
        assertThrows(IOException.class, () -> BodyCodec.decode(shortFirst, parts[1]));
        assertThrows(IOException.class, () -> BodyCodec.decode(parts[0], longerSecond));
        assertThrows(IOException.class, () -> lean(shortFirst, () -> parts[1]));
        assertThrows(IOException.class, () -> lean(longerFirst, () -> parts[1]));
        assertThrows(IOException.class, () -> BodyCodec.html(shortSecond));
        assertThrows(IOException.class, () -> BodyCodec.html(longerSecond));
    }
}
