package org.powerofwe.build.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whole rendered pages kept between processes in {@code .cache/build/pages/}, as Gradle keeps a
 * task's outputs: one entry per page and state of the site, {@code pages/<2 hex>/<key>.page},
 * beside the page's HTML as it is published, {@code <key>-<random>.html} (a name no other
 * process writes to). The output folder links that
 * file (as pnpm links packages from its store): no byte is copied, and no file is made but the
 * folder's entry. The entry records the HTML file's size and modification time: a file changed
 * since (through the output, say) no longer matches, and the page is rendered and kept again in
 * a new file, never written through.
 *
 * <p>The key is a hash of what every page depends on (the {@linkplain PageInputs#skeleton
 * skeleton}: generator, configuration, theme, figures and the address, order and title of every
 * page) and of the page's own inputs (its source, body, cover and translation state, and those of
 * its other languages). The entry also lists what the page showed of other pages when it was
 * rendered (their title, summary, body...), each with a digest of its value then; it is used only
 * when each of those values is the same today, so a page whose neighbour's title changed is
 * rendered again while the thousands of others are copied.
 */
public final class PageCache {

    private static final String SUFFIX = ".page";
    private static final String HTML = ".html";
    /** Raised when the layout of a page entry changes; older entries are then not read. */
    private static final int PAGE_FORMAT = 1;

    private final Path pages;
    private final Path used;
    private final Set<String> usedKeys = ConcurrentHashMap.newKeySet();
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

    /** Starts a pass over the pages of one state of the site, described by {@code inputs}. */
    public Pass begin(PageInputs inputs) {
        return new Pass(inputs);
    }

    /** One build's pages: each page is looked up, or rendered and kept. */
    public final class Pass {

        private final PageInputs inputs;

        private Pass(PageInputs inputs) {
            this.inputs = inputs;
        }

        /** The entry of the page published at {@code path}; empty when the page cannot be kept (its body is not). */
        public Optional<Slot> slot(String path) {
            return inputs.ownInputs(path).map(own -> {
                String key = Fingerprint.of("page", PAGE_FORMAT, inputs.skeleton(), path, own);
                return new Slot(key, pages.resolve(key.substring(0, 2)), inputs);
            });
        }

        /** Counts a page rendered through the theme during this pass, kept or not. */
        public void rendered() {
            rendered.incrementAndGet();
        }

        /**
         * Records the keys of this build under {@code configuration} and deletes the entries no recent
         * build used; call after a pass over every page. Failing to prune is harmless and silent.
         */
        public void prune(String configuration) {
            try {
                new CachePruner(pages, used, SUFFIX, HTML).prune(configuration, usedKeys, BodyCache.KEEP_CONFIGURATIONS, BodyCache.GRACE);
            } catch (IOException | RuntimeException e) {
                // The next build tries again.
            }
            usedKeys.clear();
        }
    }

    /** The entry of one page: read it with {@link #hit}, or {@link #keep} the page once rendered. */
    public final class Slot {

        private final String key;
        private final Path shard;
        private final Path file;
        private final PageInputs inputs;

        private Slot(String key, Path shard, PageInputs inputs) {
            this.key = key;
            this.shard = shard;
            this.file = shard.resolve(key + SUFFIX);
            this.inputs = inputs;
        }

        /** The kept page, if an intact entry exists and everything it showed of other pages is the same now. */
        public Optional<Hit> hit() {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            Optional<Entry> entry = EntryFile.read(file, key).flatMap(PageCache::decode);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            String name = entry.get().html();
            Path html = shard.resolve(name + HTML);
            if (!name.startsWith(key + "-") || !entry.get().stamp().equals(Stamp.of(html).orElse(null))) {
                return Optional.empty();
            }
            for (Map.Entry<String, String> shown : entry.get().shown().entrySet()) {
                if (!inputs.shown(shown.getKey()).filter(shown.getValue()::equals).isPresent()) {
                    return Optional.empty();
                }
            }
            reused.incrementAndGet();
            usedKeys.add(key);
            usedKeys.add(name);
            return Optional.of(new Hit(html, entry.get().shown().keySet()));
        }

        /**
         * Keeps a page just rendered, with {@code reads}, what it showed of other pages (as the
         * {@link org.powerofwe.render.DependencyRecorder} noted them). A page that showed something
         * without a value here (a report's PDF, a body that was not kept) is not kept; neither is
         * anything when the disk refuses. Returns the file that holds {@code html} when it was kept.
         */
        public Optional<Path> keep(Set<String> reads, byte[] html) {
            Map<String, String> shown = new java.util.TreeMap<>();
            for (String read : reads) {
                Optional<String> value = inputs.shown(read);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                shown.put(read, value.get());
            }
            try {
                String name = key + "-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
                Path file = shard.resolve(name + HTML);
                EntryFile.replace(file, html);
                Optional<Stamp> stamp = Stamp.of(file);
                if (stamp.isPresent()) {
                    EntryFile.write(this.file, key, encode(new Entry(shown, name, stamp.get())));
                    usedKeys.add(key);
                    usedKeys.add(name);
                    return Optional.of(file);
                }
            } catch (IOException | RuntimeException e) {
                // A full disk or a read-only project only costs the next build its speed.
            }
            return Optional.empty();
        }
    }

    /**
     * A page taken from the cache: the file of its HTML, to publish as it is and never write to, and
     * what it read of other pages (for the running generator's updates).
     */
    public record Hit(Path html, Set<String> reads) {
    }

    /** What a page entry holds: the values it showed of other pages, the name of its HTML file and that file's stamp. */
    private record Entry(Map<String, String> shown, String html, Stamp stamp) {
    }

    /** The size and modification time of a page's HTML file when it was kept. */
    private record Stamp(long size, long modifiedNanos) {

        static Optional<Stamp> of(Path file) {
            try {
                java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                return Optional.of(new Stamp(attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    private static byte[] encode(Entry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entry.shown().size() * 96 + 32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(entry.shown().size());
            for (Map.Entry<String, String> shown : entry.shown().entrySet()) {
                out.writeUTF(shown.getKey());
                out.writeUTF(shown.getValue());
            }
            out.writeUTF(entry.html());
            out.writeLong(entry.stamp().size());
            out.writeLong(entry.stamp().modifiedNanos());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Optional<Entry> decode(byte[] payload) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            int count = in.readInt();
            if (count < 0 || count > payload.length) {
                return Optional.empty();
            }
            Map<String, String> shown = new java.util.LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                shown.put(in.readUTF(), in.readUTF());
            }
            String html = in.readUTF();
            Stamp stamp = new Stamp(in.readLong(), in.readLong());
            if (in.available() != 0) {
                return Optional.empty();
            }
            return Optional.of(new Entry(shown, html, stamp));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every entry file kept now (for tests and tools). */
    List<Path> entries() throws IOException {
        if (!Files.isDirectory(pages)) {
            return List.of();
        }
        try (var walk = Files.walk(pages)) {
            List<Path> files = new ArrayList<>(walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList());
            files.sort(null);
            return files;
        }
    }
}
