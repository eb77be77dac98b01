package org.powerofwe.build.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.powerofwe.publish.KeptFile;

/**
 * Whole rendered pages kept between processes in {@code .cache/build/pages/}, as Gradle keeps a
 * task's outputs: each page's HTML as it is published, {@code <2 hex>/<key>-<random>.html} (a
 * name no other process writes to), and one index per configuration, {@code
 * <configuration>.index}, that the next build of that configuration reads in one go. The output
 * folder links the HTML file (as pnpm links packages from its store): no byte is copied, and no
 * file is made but the folder's entry.
 *
 * <p>An index entry is found by a key, a hash of what every page depends on (the {@linkplain
 * PageInputs#skeleton skeleton}: generator, configuration, theme, figures and the address, order
 * and title of every page) and of the page's own inputs (its source, body, cover and translation
 * state, and those of its other languages). It also lists what the page showed of other pages
 * when it was rendered (their title, summary, body...), each with a digest of its value then, and
 * is used only when each of those values is the same today, so a page whose neighbour's summary
 * changed is rendered again while the thousands of others are linked. It records the HTML file's
 * size and modification time: a file changed since (through the output, say) no longer matches,
 * and the page is rendered and kept again in a new file, never written through.
 */
public final class PageCache {

    private static final String HTML = ".html";
    private static final String INDEX = ".index";
    /** Raised when the layout of the index changes; an index of another format is not read. */
    private static final int PAGE_FORMAT = 2;
    /** Opens an index's payload: an index written in another layout (before texts were UTF-8 behind an int) is not read. */
    private static final int INDEX_FORMAT = 0x50494404;

    private final Path pages;
    private final Path used;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger rendered = new AtomicInteger();

    private PageCache(Path root) {
        this.pages = root.resolve("pages");
        this.used = root.resolve("used-pages");
    }

    /** The cache kept in {@code root} ({@code .cache/build/}); nothing is written until a page is kept. */
    public static PageCache open(Path root) {
        return new PageCache(root);
    }

    /** Pages copied from the cache and pages rendered since this cache was opened. */
    public int reused() {
        return reused.get();
    }

    public int rendered() {
        return rendered.get();
    }

    /**
     * Starts a pass over the pages of one state of the site, described by {@code inputs}, with the
     * index of its configuration (the body cache's {@link BodyCache#context}), read earlier while
     * the build did something else ({@link #index}).
     */
    public Pass begin(PageInputs inputs, Index index) {
        return new Pass(inputs, index.configuration, index.entries);
    }

    /** Reads the index the last build of {@code configuration} wrote, for a {@link #begin} to come. */
    public Index index(String configuration) {
        return new Index(configuration, readIndex(configuration));
    }

    /** The pages the last build of one configuration kept, as its index lists them. */
    public static final class Index {

        private final String configuration;
        private final Map<String, Entry> entries;

        private Index(String configuration, Map<String, Entry> entries) {
            this.configuration = configuration;
            this.entries = entries;
        }
    }

    /** One build's pages: each page is looked up, or rendered and kept. */
    public final class Pass {

        private final PageInputs inputs;
        private final String configuration;
        private final Map<String, Entry> before;
        private final Map<String, Entry> now = new ConcurrentHashMap<>();

        private Pass(PageInputs inputs, String configuration, Map<String, Entry> before) {
            this.inputs = inputs;
            this.configuration = configuration;
            this.before = before;
        }

        /** The entry of the page published at {@code path}; empty when the page cannot be kept (its body is not). */
        public Optional<Slot> slot(String path) {
            return inputs.ownInputs(path).map(own -> new Slot(this, Fingerprint.of("page", PAGE_FORMAT, inputs.skeleton(), path, own)));
        }

        /** Counts a page rendered through the theme during this pass, kept or not. */
        public void rendered() {
            rendered.incrementAndGet();
        }

        /**
         * Writes the index of the pages of this build and deletes the HTML files no recent build
         * used; call after a pass over every page that rendered without error. Failing to is
         * harmless and silent: the next build renders the pages again.
         */
        public void finish() {
            try {
                writeIndex(configuration, now);
                Set<String> names = ConcurrentHashMap.newKeySet();
                now.values().forEach(e -> names.add(e.html()));
                new CachePruner(pages, used, HTML, ".page").prune(configuration, names, BodyCache.KEEP_CONFIGURATIONS, BodyCache.GRACE);
                pruneIndexes();
            } catch (IOException | RuntimeException e) {
                // The next build tries again.
            }
        }
    }

    /** The entry of one page: read it with {@link #hit}, or {@link #keep} the page once rendered. */
    public final class Slot {

        private final Pass pass;
        private final String key;

        private Slot(Pass pass, String key) {
            this.pass = pass;
            this.key = key;
        }

        /**
         * The kept page, if an entry exists, its file is as it was kept and everything it showed of
         * other pages is the same now. {@code published}: the attributes of the file the output
         * already holds for this page, if it knows them; when that file is the very one kept (a hard
         * link: same identity, size and time), the kept file is as it was, and its attributes are not
         * read again.
         */
        public Optional<Hit> hit(Optional<BasicFileAttributes> published) {
            Entry entry = pass.before.get(key);
            if (entry == null || !entry.html().startsWith(key + "-")) {
                return Optional.empty();
            }
            Path html = htmlFile(entry.html());
            Optional<BasicFileAttributes> attributes = published.filter(p -> p.fileKey() != null && entry.stamp().equals(Stamp.of(p))).or(() -> attributes(html));
            if (attributes.isEmpty() || !entry.stamp().equals(Stamp.of(attributes.get()))) {
                return Optional.empty();
            }
            for (Map.Entry<String, String> shown : entry.shown().entrySet()) {
                if (!pass.inputs.shown(shown.getKey()).filter(shown.getValue()::equals).isPresent()) {
                    return Optional.empty();
                }
            }
            reused.incrementAndGet();
            pass.now.put(key, entry);
            return Optional.of(new Hit(new KeptFile(html, attributes.get().size(), attributes.get().fileKey()), entry.shown().keySet()));
        }

        /**
         * Keeps a page just rendered, with {@code reads}, what it showed of other pages (as the
         * {@link org.powerofwe.render.DependencyRecorder} noted them), and returns the file that
         * holds {@code html}. A page that showed something without a value here (a report's PDF
         * still being laid out, a body that was not kept) is not kept; neither is anything when
         * the disk refuses. {@code published}, the file the output just wrote {@code html} into, is
         * kept as it is (a hard link: no second file to make) where it can be.
         */
        public void keep(Set<String> reads, byte[] html, Optional<Path> published) {
            Map<String, String> shown = new TreeMap<>();
            for (String read : reads) {
                Optional<String> value = pass.inputs.shown(read);
                if (value.isEmpty()) {
                    return;
                }
                shown.put(read, value.get());
            }
            try {
                String name = key + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
                Path file = htmlFile(name);
                // A new name: no one links it yet, and the index names it only once it is whole.
                Files.createDirectories(file.getParent());
                if (!linked(file, published, html.length)) {
                    Files.write(file, html, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                }
                attributes(file).ifPresent(read -> pass.now.put(key, new Entry(name, Stamp.of(read), shown)));
            } catch (IOException | RuntimeException e) {
                // A full disk or a read-only project only costs the next build its speed.
            }
        }
    }

    /** Makes {@code file} the same file as {@code published} when it holds {@code length} bytes; false when it cannot. */
    private static boolean linked(Path file, Optional<Path> published, int length) {
        if (published.isEmpty()) {
            return false;
        }
        try {
            if (Files.size(published.get()) != length) {
                return false;
            }
            Files.createLink(file, published.get());
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // another disk, a file system without links: the bytes are written instead
        }
    }

    /**
     * A page taken from the cache: the file of its HTML, to publish as it is and never write to, and
     * what it read of other pages (for the running generator's updates).
     */
    public record Hit(KeptFile html, Set<String> reads) {
    }

    /** What the index holds of a page: the name of its HTML file, that file's stamp, and the values it showed of other pages. */
    private record Entry(String html, Stamp stamp, Map<String, String> shown) {
    }

    /** The size, modification time and identity on the disk (empty where there is none) of a page's HTML file when it was kept. */
    private record Stamp(long size, long modifiedNanos, String identity) {

        static Stamp of(BasicFileAttributes attributes) {
            Object key = attributes.fileKey();
            return new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), key == null ? "" : key.toString());
        }
    }

    /** What the disk says of {@code file} now; empty when it is not there. */
    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path htmlFile(String name) {
        return pages.resolve(name.substring(0, 2)).resolve(name + HTML);
    }

    private Path indexFile(String configuration) {
        return pages.resolve(configuration + INDEX);
    }

    /** The index the last build of {@code configuration} wrote; empty when there is none or it cannot be trusted. */
    private Map<String, Entry> readIndex(String configuration) {
        Path file = indexFile(configuration);
        if (!Files.exists(file)) {
            return Map.of();
        }
        return EntryFile.read(file, configuration).flatMap(PageCache::decode).orElse(Map.of());
    }

    private void writeIndex(String configuration, Map<String, Entry> entries) throws IOException {
        EntryFile.write(indexFile(configuration), configuration, encode(entries));
    }

    /** Keeps the indexes of the configurations whose HTML files the pruner keeps, deletes older ones. */
    private void pruneIndexes() throws IOException {
        List<Path> indexes = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pages, "*" + INDEX)) {
            files.forEach(indexes::add);
        }
        indexes.sort(Comparator.comparing(CachePruner::modified).reversed());
        for (int i = BodyCache.KEEP_CONFIGURATIONS; i < indexes.size(); i++) {
            Files.deleteIfExists(indexes.get(i));
        }
    }

    private static byte[] encode(Map<String, Entry> entries) {
        Binary.Writer out = new Binary.Writer(entries.size() * 512 + 16);
        out.integer(INDEX_FORMAT).integer(entries.size());
        for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
            out.text(e.getKey()).text(e.getValue().html());
            out.number(e.getValue().stamp().size()).number(e.getValue().stamp().modifiedNanos()).text(e.getValue().stamp().identity());
            out.integer(e.getValue().shown().size());
            for (Map.Entry<String, String> shown : e.getValue().shown().entrySet()) {
                out.text(shown.getKey()).text(shown.getValue());
            }
        }
        return out.toByteArray();
    }

    private static Optional<Map<String, Entry>> decode(byte[] payload) {
        try {
            Binary.Reader in = new Binary.Reader(payload);
            if (in.integer() != INDEX_FORMAT) {
                return Optional.empty();
            }
            // Each entry is at least three empty texts, two numbers and a count; each shown value two texts.
            int count = in.count(4 + 4 + 8 + 8 + 4 + 4);
            Map<String, Entry> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String key = in.text();
                String html = in.text();
                Stamp stamp = new Stamp(in.number(), in.number(), in.text());
                int shownCount = in.count(8);
                Map<String, String> shown = new java.util.LinkedHashMap<>(shownCount * 2);
                for (int j = 0; j < shownCount; j++) {
                    shown.put(in.text(), in.text());
                }
                entries.put(key, new Entry(html, stamp, shown));
            }
            return in.remaining() == 0 ? Optional.of(entries) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
