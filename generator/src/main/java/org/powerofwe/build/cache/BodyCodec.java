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

    static byte[] encode(Entry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entry.body().wordCount() * 16 + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
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
            body(out, entry.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entry in {@code payload}; fails with an exception (a miss for the caller) on anything unexpected. */
    static Entry decode(byte[] payload) throws IOException {
        return decode(payload, false);
    }

    /**
     * The same, and when {@code lean} and the entry has its search entry, the body as {@link
     * RenderedMarkdown#lean()} gives it: its plain text, links and headings are checked but not
     * made into strings (a lean build drops them at once; the text is a page's length).
     */
    static Entry decode(byte[] payload, boolean lean) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
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
        RenderedMarkdown body = body(in, lean && searchEntry.isPresent());
        if (in.available() != 0) {
            throw new IOException("unexpected bytes after the body");
        }
        return new Entry(lookups, revision, searchEntry, problems, body);
    }

    private static void body(DataOutputStream out, RenderedMarkdown body) throws IOException {
        byte[] html = body.htmlUtf8();
        out.writeInt(html.length);
        out.write(html);
        out.writeInt(body.toc().size());
        for (TocEntry entry : body.toc()) {
            out.writeInt(entry.level());
            string(out, entry.text());
            string(out, entry.id());
        }
        string(out, body.text());
        string(out, body.excerpt());
        out.writeInt(body.wordCount());
        out.writeInt(body.anchors().size());
        for (String anchor : body.anchors()) {
            string(out, anchor);
        }
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
    }

    private static RenderedMarkdown body(DataInputStream in, boolean lean) throws IOException {
        byte[] html = new byte[count(in)];
        in.readFully(html);
        int tocCount = count(in);
        List<TocEntry> toc = new ArrayList<>(tocCount);
        for (int i = 0; i < tocCount; i++) {
            toc.add(new TocEntry(in.readInt(), required(in), required(in)));
        }
        String text = null; // dropped by a lean reading
        if (lean) {
            skip(in);
        } else {
            text = required(in);
        }
        String excerpt = required(in);
        int words = in.readInt();
        int anchorCount = count(in);
        List<String> anchors = new ArrayList<>(anchorCount);
        for (int i = 0; i < anchorCount; i++) {
            anchors.add(required(in));
        }
        int linkCount = count(in);
        List<LinkFact> links = new ArrayList<>(lean ? 0 : linkCount);
        for (int i = 0; i < linkCount; i++) {
            if (lean) {
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
        List<HeadingFact> headings = new ArrayList<>(lean ? 0 : headingCount);
        for (int i = 0; i < headingCount; i++) {
            if (lean) {
                skip(in);
                in.readInt();
                in.readInt();
                in.readInt();
            } else {
                headings.add(new HeadingFact(pos(in), in.readInt()));
            }
        }
        RenderedMarkdown body = RenderedMarkdown.restore(html, toc, text, excerpt, words, anchors, links, headings);
        return lean ? body.lean() : body;
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
