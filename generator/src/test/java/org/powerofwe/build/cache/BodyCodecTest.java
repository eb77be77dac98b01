package org.powerofwe.build.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.markdown.HeadingFact;
import org.powerofwe.markdown.LinkFact;
import org.powerofwe.markdown.RenderedMarkdown;
import org.powerofwe.markdown.TocEntry;

/**
 * A build that drops the plain text, links and headings of bodies (every build but the running
 * generator's) reads kept bodies without them; what it keeps must be exactly what the full
 * reading gives, or a page from the cache would differ from a rendered one, and a damaged entry
 * must still be refused, or a reader would see garbled text.
 */
class BodyCodecTest {

    private static final SourcePos POS = new SourcePos("content/a.en.md", 7, 3);

    private static BodyCodec.Entry entry(Optional<byte[]> searchEntry) {
        RenderedMarkdown body = new RenderedMarkdown("<h2 id=\"why\">Why</h2><p>Cités et régions.</p>", List.of(new TocEntry(2, "Why", "why")),
                "Why Cités et régions.", "Cités et régions.", List.of("why"), List.of(new LinkFact(POS, "/en/b/", false, "")),
                List.of(new HeadingFact(POS, 2)));
        return new BodyCodec.Entry(List.of(), Optional.of("rev"), searchEntry, List.of(), body);
    }

    @Test
    void aLeanReadingKeepsEverythingALeanBodyHas() throws IOException {
        byte[] payload = BodyCodec.encode(entry(Optional.of("{\"t\":\"Why\"}".getBytes(StandardCharsets.UTF_8))));
        RenderedMarkdown full = BodyCodec.decode(payload).body().lean();
        RenderedMarkdown lean = BodyCodec.decode(payload, true).body();
        assertArrayEquals(full.htmlUtf8(), lean.htmlUtf8());
        assertEquals(full.toc(), lean.toc());
        assertEquals(full.excerpt(), lean.excerpt());
        assertEquals(full.wordCount(), lean.wordCount());
        assertEquals(full.anchors(), lean.anchors());
        assertEquals("", lean.text());
        assertEquals(List.of(), lean.links());
    }

    @Test
    void withoutASearchEntryTheTextIsRead() throws IOException {
        // The search entry is then made from the text: it must be there.
        byte[] payload = BodyCodec.encode(entry(Optional.empty()));
        assertEquals("Why Cités et régions.", BodyCodec.decode(payload, true).body().text());
    }

    @Test
    void aDamagedEntryIsRefusedEvenWhenItsTextIsSkipped() {
        byte[] payload = BodyCodec.encode(entry(Optional.of("{}".getBytes(StandardCharsets.UTF_8))));
        assertThrows(IOException.class, () -> BodyCodec.decode(Arrays.copyOf(payload, payload.length - 3), true));
        byte[] longer = Arrays.copyOf(payload, payload.length + 1);
        assertThrows(IOException.class, () -> BodyCodec.decode(longer, true));
    }
}
