package org.powerofwe.build.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.yaml.YList;
import org.powerofwe.yaml.YMap;
import org.powerofwe.yaml.YNode;
import org.powerofwe.yaml.YScalar;
import org.powerofwe.yaml.YamlLimits;
import org.powerofwe.yaml.YamlMemo;

/**
 * Keeps the front matters of the last build, read (their YAML parsed into trees), in one file,
 * {@code .cache/build/front-matter.index}, so that the next process takes the tree of every front matter
 * whose text did not change instead of parsing it again (parsing was the largest part of reading
 * the content of a cache-warm build). An entry is found by the whole text, never by a hash of it,
 * so a changed front matter is always parsed again. The file names the generator and the limits
 * it was read under; one of another generator, cut short or altered (checksum) is not read.
 * After loading, the file is written again with only the texts this build read, when they differ
 * from what it held.
 */
public final class FrontMatterCache implements YamlMemo {

    private static final String FILE = "front-matter.index";
    private static final int FORMAT = 1;

    private final Path file;
    private final String key;
    /** Each front matter's tree, encoded: trees are decoded when asked for, so that they take little memory meanwhile. */
    private final Map<String, byte[]> kept;
    private final Map<String, byte[]> used = new ConcurrentHashMap<>();
    private final AtomicInteger parsed = new AtomicInteger();

    private FrontMatterCache(Path file, String key, Map<String, byte[]> kept) {
        this.file = file;
        this.key = key;
        this.kept = kept;
    }

    /** The cache in {@code folder} ({@code .cache/build/}); empty when there is none or it cannot be trusted. */
    public static FrontMatterCache open(Path folder) {
        Path file = folder.resolve(FILE);
        String key = Fingerprint.of("front-matter", FORMAT, GeneratorVersion.id(), YamlLimits.FRONT_MATTER);
        Map<String, byte[]> kept = EntryFile.read(file, key).flatMap(FrontMatterCache::decode).orElseGet(Map::of);
        return new FrontMatterCache(file, key, kept);
    }

    @Override
    public Optional<YNode> recall(String text, YamlLimits limits, String file, int lineOffset) {
        if (!limits.equals(YamlLimits.FRONT_MATTER)) {
            return Optional.empty();
        }
        byte[] tree = kept.get(text);
        if (tree == null) {
            return Optional.empty();
        }
        try {
            Binary.Reader in = new Binary.Reader(tree);
            YNode node = node(in, 0, new Place(file, lineOffset));
            if (in.remaining() != 0) {
                return Optional.empty();
            }
            used.put(text, tree);
            return Optional.of(node);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // parsed again, and kept anew
        }
    }

    @Override
    public void remember(String text, YamlLimits limits, YNode tree) {
        if (limits.equals(YamlLimits.FRONT_MATTER)) {
            parsed.incrementAndGet();
            Binary.Writer out = new Binary.Writer(text.length() * 2);
            node(out, tree);
            used.put(text, out.toByteArray());
        }
    }

    /** How many front matters were parsed since this cache was opened (the others were taken from it). */
    public int parsed() {
        return parsed.get();
    }

    /**
     * Keeps the front matters read since {@link #open} for the next process, when they are not
     * what the file holds already; a failed write only costs the next build its speed.
     */
    public void save() {
        if (used.size() == kept.size() && parsed.get() == 0) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            EntryFile.write(file, key, encode(used));
        } catch (IOException | RuntimeException e) {
            // The next build parses what it needs.
        }
    }

    static byte[] encode(Map<String, byte[]> trees) {
        Binary.Writer out = new Binary.Writer(trees.size() * 512 + 8);
        out.integer(trees.size());
        List<String> texts = new ArrayList<>(trees.keySet());
        texts.sort(null);
        for (String text : texts) {
            out.text(text).bytes(trees.get(text));
        }
        return out.toByteArray();
    }

    /** A tree as {@link #encode} writes it, for tests. */
    static byte[] encode(YNode tree) {
        Binary.Writer out = new Binary.Writer(256);
        node(out, tree);
        return out.toByteArray();
    }

    private static void node(Binary.Writer out, YNode node) {
        if (node instanceof YScalar scalar) {
            out.integer(0).integer(scalar.kind().ordinal()).text(scalar.text());
        } else if (node instanceof YList list) {
            out.integer(1).integer(list.items().size());
            list.items().forEach(item -> node(out, item));
        } else {
            YMap map = (YMap) node;
            out.integer(2).integer(map.entries().size());
            for (YMap.Entry entry : map.entries()) {
                out.text(entry.key());
                pos(out, entry.keyPos());
                node(out, entry.value());
            }
        }
        pos(out, node.pos());
    }

    private static void pos(Binary.Writer out, SourcePos pos) {
        out.integer(pos.line()).integer(pos.column());
    }

    static Optional<Map<String, byte[]>> decode(byte[] payload) {
        try {
            Binary.Reader in = new Binary.Reader(payload);
            int count = in.count(8);
            Map<String, byte[]> trees = new ConcurrentHashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String text = in.text();
                trees.put(text, in.bytes());
            }
            return in.remaining() == 0 ? Optional.of(trees) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Where a tree is placed as it is decoded: its file, and the lines above its text. */
    private record Place(String file, int lineOffset) {
    }

    private static YNode node(Binary.Reader in, int depth, Place place) throws IOException {
        if (depth > YamlLimits.FRONT_MATTER.maxDepth() + 1) {
            throw new IOException("nested too deep");
        }
        int kind = in.integer();
        YNode node;
        switch (kind) {
            case 0 -> {
                YScalar.Kind scalarKind = YScalar.Kind.values()[in.integer()];
                String text = in.text();
                return new YScalar(text, scalarKind, pos(in, place));
            }
            case 1 -> {
                int size = in.count(12);
                List<YNode> items = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    items.add(node(in, depth + 1, place));
                }
                node = new YList(items, pos(in, place));
            }
            case 2 -> {
                int size = in.count(16);
                List<YMap.Entry> entries = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    String name = in.text();
                    SourcePos keyPos = pos(in, place);
                    entries.add(new YMap.Entry(name, keyPos, node(in, depth + 1, place)));
                }
                node = new YMap(entries, pos(in, place));
            }
            default -> throw new IOException("unknown node " + kind);
        }
        return node;
    }

    private static SourcePos pos(Binary.Reader in, Place place) throws IOException {
        return new SourcePos(place.file(), in.integer() + place.lineOffset(), in.integer());
    }

    /** The key its file is written under, for tests. */
    String key() {
        return key;
    }

    /** How many front matters the file held when this cache was opened, for tests. */
    int size() {
        return kept.size();
    }
}
