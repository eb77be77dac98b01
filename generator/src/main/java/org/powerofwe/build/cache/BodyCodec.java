package org.powerofwe.build.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.markdown.HeadingFact;
import org.powerofwe.markdown.LinkFact;
import org.powerofwe.markdown.RenderedMarkdown;
import org.powerofwe.markdown.TocEntry;

/** Writes a rendered body, with its problems and the questions it asked, as bytes, and reads it back. */
final class BodyCodec {

    /** What an entry holds: everything the Markdown stage produced for one page. */
    record Entry(List<Lookup> lookups, Optional<String> revision, Optional<byte[]> searchEntry, List<Problem> problems, RenderedMarkdown body) {
    }

    private BodyCodec() {
    }

    /**
     * The entry in two parts: first what every build needs of a page's body (the questions it
     * asked, its revision, search entry and problems, its contents, excerpt, word count and
     * anchors), then what only some do (its HTML, which only a page rendered again shows, and
     * the plain text, links and headings that the preview and the checks read).
     */
    static byte[][] encode(Entry entry) {
        RenderedMarkdown body = entry.body();
        byte[] first = write(body.wordCount() + 1024, out -> {
            out.writeInt(entry.lookups().size());
            for (Lookup lookup : entry.lookups()) {
                out.writeByte(lookup.kind().ordinal());
                string(out, lookup.argument());
                string(out, lookup.answer());
            }
            string(out, entry.revision().orElse(null));
            bytes(out, entry.searchEntry().orElse(null));
            out.writeInt(entry.problems().size());
            for (Problem problem : entry.problems()) {
                pos(out, problem.pos());
                string(out, problem.severity().name());
                string(out, problem.message());
                string(out, problem.hint());
            }
            out.writeInt(body.toc().size());
            for (TocEntry toc : body.toc()) {
                out.writeInt(toc.level());
                string(out, toc.text());
                string(out, toc.id());
            }
            string(out, body.excerpt());
            out.writeInt(body.wordCount());
            out.writeInt(body.anchors().size());
            for (String anchor : body.anchors()) {
                string(out, anchor);
            }
        });
        byte[] second = write(body.wordCount() * 16 + 1024, out -> {
            byte[] html = body.htmlUtf8();
            out.writeInt(html.length);
            out.write(html);
            string(out, body.text());
            out.writeInt(body.links().size());
            for (LinkFact link : body.links()) {
                pos(out, link.pos());
                string(out, link.url());
                out.writeBoolean(link.image());
                string(out, link.alt());
            }
            out.writeInt(body.headings().size());
            for (HeadingFact heading : body.headings()) {
                pos(out, heading.pos());
                out.writeInt(heading.level());
            }
        });
        return new byte[][] {first, second};
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private static byte[] write(int size, Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entry in its two parts, all of it; fails with an exception (a miss for the caller) on anything unexpected. */
    static Entry decode(byte[] first, byte[] second) throws IOException {
        DataInputStream in = input(first, 0, first.length);
        Head head = head(in);
        DataInputStream rest = input(second, 0, second.length);
        Tail tail = tail(rest, false);
        end(in);
        end(rest);
        RenderedMarkdown body = RenderedMarkdown.restore(tail.html(), head.toc(), tail.text(), head.excerpt(), head.words(), head.anchors(),
                tail.links(), tail.headings());
        return new Entry(head.lookups(), head.revision(), head.searchEntry(), head.problems(), body);
    }

    /**
     * The entry from its first part alone, with its body as {@link RenderedMarkdown#lean()} gives
     * it and its HTML taken from {@code html} when first asked for; empty when the entry has no
     * search entry (a lean build then needs the plain text of the second part to make one).
     */
    static Optional<Entry> decodeLean(byte[] bytes, int offset, int length, java.util.function.Supplier<byte[]> html) throws IOException {
        DataInputStream in = input(bytes, offset, length);
        Head head = head(in);
        end(in);
        if (head.searchEntry().isEmpty()) {
            return Optional.empty();
        }
        RenderedMarkdown body = RenderedMarkdown.restoreLean(html, head.toc(), head.excerpt(), head.words(), head.anchors());
        return Optional.of(new Entry(head.lookups(), head.revision(), head.searchEntry(), head.problems(), body));
    }

    /** The HTML of an entry's second part, once the whole part is read as it should be. */
    static byte[] html(byte[] second) throws IOException {
        DataInputStream in = input(second, 0, second.length);
        byte[] html = tail(in, true).html();
        end(in);
        return html;
    }

    private static DataInputStream input(byte[] bytes, int offset, int length) {
        return new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
    }

    private static void end(DataInputStream in) throws IOException {
        if (in.available() != 0) {
            throw new IOException("unexpected bytes after the entry");
        }
    }

    private record Head(List<Lookup> lookups, Optional<String> revision, Optional<byte[]> searchEntry, List<Problem> problems,
            List<TocEntry> toc, String excerpt, int words, List<String> anchors) {
    }

    private static Head head(DataInputStream in) throws IOException {
        int lookupCount = count(in);
        List<Lookup> lookups = new ArrayList<>(lookupCount);
        Lookup.Kind[] kinds = Lookup.Kind.values();
        for (int i = 0; i < lookupCount; i++) {
            lookups.add(new Lookup(kinds[in.readUnsignedByte()], required(in), required(in)));
        }
        Optional<String> revision = Optional.ofNullable(string(in));
        Optional<byte[]> searchEntry = Optional.ofNullable(bytes(in)); // UTF-8, published as it is
        int problemCount = count(in);
        List<Problem> problems = new ArrayList<>(problemCount);
        for (int i = 0; i < problemCount; i++) {
            problems.add(new Problem(pos(in), Severity.valueOf(required(in)), required(in), required(in)));
        }
        int tocCount = count(in);
        List<TocEntry> toc = new ArrayList<>(tocCount);
        for (int i = 0; i < tocCount; i++) {
            toc.add(new TocEntry(in.readInt(), required(in), required(in)));
        }
        String excerpt = required(in);
        int words = in.readInt();
        int anchorCount = count(in);
        List<String> anchors = new ArrayList<>(anchorCount);
        for (int i = 0; i < anchorCount; i++) {
            anchors.add(required(in));
        }
        return new Head(lookups, revision, searchEntry, problems, toc, excerpt, words, anchors);
    }

    private record Tail(byte[] html, String text, List<LinkFact> links, List<HeadingFact> headings) {
    }

    /** The second part; when {@code htmlOnly}, the rest is checked but not made into strings. */
    private static Tail tail(DataInputStream in, boolean htmlOnly) throws IOException {
        byte[] html = new byte[count(in)];
        in.readFully(html);
        String text = null;
        if (htmlOnly) {
            skip(in);
        } else {
            text = required(in);
        }
        int linkCount = count(in);
        List<LinkFact> links = new ArrayList<>(htmlOnly ? 0 : linkCount);
        for (int i = 0; i < linkCount; i++) {
            if (htmlOnly) {
                skip(in);
                in.readInt();
                in.readInt();
                skip(in);
                in.readBoolean();
                skip(in);
            } else {
                links.add(new LinkFact(pos(in), required(in), in.readBoolean(), required(in)));
            }
        }
        int headingCount = count(in);
        List<HeadingFact> headings = new ArrayList<>(htmlOnly ? 0 : headingCount);
        for (int i = 0; i < headingCount; i++) {
            if (htmlOnly) {
                skip(in);
                in.readInt();
                in.readInt();
                in.readInt();
            } else {
                headings.add(new HeadingFact(pos(in), in.readInt()));
            }
        }
        return new Tail(html, text, links, headings);
    }

    private static void pos(DataOutputStream out, SourcePos pos) throws IOException {
        string(out, pos.file());
        out.writeInt(pos.line());
        out.writeInt(pos.column());
    }

    private static SourcePos pos(DataInputStream in) throws IOException {
        return new SourcePos(required(in), in.readInt(), in.readInt());
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] bytes = bytes(in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Bytes written as {@link #string} writes a text's: its length (-1 for none), then the bytes. */
    private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
        if (bytes == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.available()) {
            throw new IOException("bad string length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    /** Passes over a required text without decoding it. */
    private static void skip(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("bad string length " + length);
        }
        in.skipNBytes(length);
    }

    private static String required(DataInputStream in) throws IOException {
        String s = string(in);
        if (s == null) {
            throw new IOException("missing text");
        }
        return s;
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad count " + n);
        }
        return n;
    }
}
