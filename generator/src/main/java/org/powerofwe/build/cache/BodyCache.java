package org.powerofwe.build.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.diag.Problem;
import org.powerofwe.i18n.UiStrings;
import org.powerofwe.markdown.MarkdownEnvironment;
import org.powerofwe.markdown.RenderedMarkdown;
import org.powerofwe.model.Page;

/**
 * Rendered page bodies kept between processes in {@code .cache/build/}, one file per page and
 * configuration: {@code bodies/<2 hex>/<key>.body}. The key is a hash of the page (its file's
 * fields and text, its language and address) and of the configuration ({@link #context}); the
 * entry also holds the questions the body asked about the rest of the site and is used only when
 * each gets the same answer today. After a full build, entries that neither this build nor the
 * last builds of a few other configurations (the preview's, say) used are deleted. A build over
 * every page also keeps the first parts of the entries it read in one pack ({@link FirstParts}),
 * which the next such build reads before the entry files.
 */
public final class BodyCache {

    /** How many configurations (build, preview, another base URL...) keep their entries. */
    static final int KEEP_CONFIGURATIONS = 4;
    /** Entries and temporary files younger than this are never pruned: another process may be writing them. */
    static final Duration GRACE = Duration.ofMinutes(10);
    /** A body that took this long may have hit the render budget; it is not kept. */
    private static final Duration SLOW = Duration.ofSeconds(5);
    private static final String SUFFIX = ".body";

    private final Path root;
    private final Path bodies;
    private final Path used;
    private final Set<String> usedKeys = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger stale = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    private BodyCache(Path root) {
        this.root = root;
        this.bodies = root.resolve("bodies");
        this.used = root.resolve("used");
    }

    /** The cache kept in {@code root} ({@code .cache/build/}); nothing is written until a body is kept. */
    public static BodyCache open(Path root) {
        return new BodyCache(root);
    }

    /**
     * What every body of a build depends on besides its page and the answers it records: the
     * generator and Java runtime, the whole configuration, the theme's interface words (figures
     * are written with them) and the glossaries (their checks are among a body's problems).
     */
    public static String context(SiteConfig config, Map<String, UiStrings> ui, List<Path> glossaries) {
        Fingerprint f = Fingerprint.start().add("bodies").add(EntryFile.FORMAT).add(GeneratorVersion.id()).add(config);
        ui.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> f.add(e.getKey()).add(e.getValue().lang()).add(e.getValue().all()));
        for (Path glossary : glossaries.stream().sorted().toList()) {
            try {
                f.add(glossary.toString()).add(Files.readAllBytes(glossary));
            } catch (IOException e) {
                f.add("unreadable " + System.nanoTime());
            }
        }
        return f.add(Locale.getDefault().toLanguageTag()).add(TimeZone.getDefault().getID()).hex();
    }

    /**
     * Starts a rendering pass whose bodies see the site through {@code env}; each body noted in
     * {@code sources} is keyed on its file's bytes. With {@code packed} (a lean build's pass over
     * every page), the first parts of entries are read from and kept in the pack of {@link FirstParts}.
     */
    public Pass begin(String context, MarkdownEnvironment env, SourceDigests sources, boolean packed) {
        return new Pass(context, new Answers(env), sources, packed ? FirstParts.open(root, context) : null);
    }

    /** What this cache spared so far, with the pages {@code pages} copied. */
    public CacheStats stats(PageCache pages) {
        return new CacheStats(true, reused.get(), rendered.get(), stale.get(), rejected.get(), pages.reused(), pages.rendered());
    }

    /**
     * A body taken from the cache, with the problems found when it was rendered, and its identity
     * ({@link Slot#identity}).
     */
    public record Hit(RenderedMarkdown body, List<Problem> problems, Optional<String> revision, Optional<byte[]> searchEntry, String identity) {
    }

    /** One rendering pass over some pages, with the same configuration and site. */
    public final class Pass {

        private final String context;
        private final Answers answers;
        private final SourceDigests sources;
        /** The pack of first parts, for a lean pass; null otherwise. */
        private final FirstParts parts;

        private Pass(String context, Answers answers, SourceDigests sources, FirstParts parts) {
            this.context = context;
            this.answers = answers;
            this.sources = sources;
            this.parts = parts;
        }

        /**
         * The place of {@code page}'s body in the cache. The key hashes the page's fields and its
         * text, or, where its file's bytes were hashed as they were read, the page without its text
         * and that hash: the text is decoded from those bytes by the generator the context names.
         */
        public Slot slot(Page page) {
            String key = sources.of(page).map(bytes -> Fingerprint.of(context, page.withBody(""), bytes)).orElseGet(() -> Fingerprint.of(context, page));
            return new Slot(key, bodies.resolve(key.substring(0, 2)).resolve(key + SUFFIX), answers, parts);
        }

        /**
         * Records the keys of this build and deletes the entries no recent build used; call after
         * a pass over every page. Failing to prune is harmless and silent.
         */
        public void prune() {
            try {
                new CachePruner(bodies, used, SUFFIX).prune(context, usedKeys, KEEP_CONFIGURATIONS, GRACE);
            } catch (IOException | RuntimeException e) {
                // The next build tries again; a cache that is too big is only a cache that is too big.
            }
            if (parts != null) {
                parts.save(KEEP_CONFIGURATIONS);
            }
            usedKeys.clear();
        }
    }

    /** The entry of one page: read it with {@link #hit}, or render through {@link #recording} and {@link #keep} the result. */
    public final class Slot {

        private final String key;
        private final Path file;
        private final Answers answers;
        private final FirstParts parts;
        private RecordingEnvironment recorder;
        private String identity;

        private Slot(String key, Path file, Answers answers, FirstParts parts) {
            this.key = key;
            this.file = file;
            this.answers = answers;
            this.parts = parts;
        }

        /** The kept body, if an intact entry exists and every question it asked gets the same answer now. */
        public Optional<Hit> hit() {
            return check(EntryFile.readAll(file, key).filter(parts -> parts.size() == 2).flatMap(parts -> decode(parts.get(0), parts.get(1))));
        }

        /**
         * The same for a build that drops the plain text, links and headings of bodies: the body
         * comes {@link RenderedMarkdown#lean()}, and only the first part of its entry is read. Its
         * HTML is read when a page shows it, from the same entry if it is still whole and the same;
         * else it is rendered again by {@code renderAgain}, which gives what the entry held.
         */
        public Optional<Hit> leanHit(java.util.function.Supplier<RenderedMarkdown> renderAgain) {
            // The body keeps what reads its HTML until a page shows it: that reader holds the entry's name, not this slot.
            Path entry = file;
            String entryKey = key;
            EntryFile.FirstPartReader<Optional<BodyCodec.Entry>> decode = (bytes, offset, length, checksum) ->
                    BodyCodec.decodeLean(bytes, offset, length, () -> EntryFile.later(entry, entryKey, length, checksum).flatMap(BodyCache::html)
                            .orElseGet(() -> {
                                rejected.incrementAndGet();
                                return renderAgain.get().htmlUtf8();
                            }));
            Optional<Optional<BodyCodec.Entry>> read = parts == null ? Optional.empty() : parts.read(key, decode);
            if (read.isEmpty()) {
                read = EntryFile.readFirst(file, key, (bytes, offset, length, checksum) -> {
                    Optional<BodyCodec.Entry> made = decode.read(bytes, offset, length, checksum);
                    if (parts != null) {
                        parts.add(key, bytes, offset, length, checksum);
                    }
                    return made;
                });
            }
            if (read.isEmpty()) {
                return check(Optional.empty());
            }
            // Without a search entry (kept by the preview), the plain text is needed to make one.
            return read.get().isPresent() ? check(read.get()) : hit();
        }

        private Optional<Hit> check(Optional<BodyCodec.Entry> entry) {
            if (entry.isEmpty()) {
                // Asked only now: a warm build reads 10,000 entries that all exist.
                if (Files.exists(file)) {
                    rejected.incrementAndGet();
                }
                return Optional.empty();
            }
            for (Lookup lookup : entry.get().lookups()) {
                if (!lookup.answer().equals(answers.again(lookup))) {
                    stale.incrementAndGet();
                    return Optional.empty();
                }
            }
            reused.incrementAndGet();
            usedKeys.add(key);
            BodyCodec.Entry e = entry.get();
            identity = identityOf(key, e.lookups());
            return Optional.of(new Hit(e.body(), e.problems(), e.revision(), e.searchEntry(), identity));
        }

        /**
         * What names this body among all the bodies the page could have: its key and the answers its
         * questions got, which together decide every byte of it. Known after a {@link #hit} or a
         * {@link #keep} that kept the body; empty otherwise (a body that is not kept has none, and
         * the pages that show it are not kept in the {@link PageCache} either).
         */
        public Optional<String> identity() {
            return Optional.ofNullable(identity);
        }

        /** The environment to render this page's body with: the pass's, noting what the body asks. */
        public MarkdownEnvironment recording() {
            recorder = new RecordingEnvironment(answers);
            return recorder;
        }

        /** Keeps a body rendered through {@link #recording}; a body that took very long or a failed write keeps nothing. */
        public void keep(RenderedMarkdown body, List<Problem> problems, Optional<String> revision, Optional<byte[]> searchEntry, Duration took) {
            rendered.incrementAndGet();
            if (recorder == null || took.compareTo(SLOW) >= 0 || Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                List<Lookup> lookups = recorder.lookups();
                byte[][] entry = BodyCodec.encode(new BodyCodec.Entry(lookups, revision, searchEntry, problems, body));
                EntryFile.write(file, key, entry);
                if (parts != null) {
                    CRC32C crc = new CRC32C();
                    crc.update(entry[0]);
                    parts.add(key, entry[0], 0, entry[0].length, crc.getValue());
                }
                usedKeys.add(key);
                identity = identityOf(key, lookups);
            } catch (IOException | RuntimeException e) {
                // A full disk or a read-only project only costs the next build its speed.
            }
        }
    }

    private static String identityOf(String key, List<Lookup> lookups) {
        Fingerprint f = Fingerprint.start().add(key);
        for (Lookup lookup : lookups) {
            f.add(lookup.kind().name()).add(lookup.argument()).add(lookup.answer());
        }
        return f.hex();
    }

    private static Optional<BodyCodec.Entry> decode(byte[] first, byte[] second) {
        try {
            return Optional.of(BodyCodec.decode(first, second));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> html(byte[] second) {
        try {
            return Optional.of(BodyCodec.html(second));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every entry file kept now (for tests and tools). */
    List<Path> entries() throws IOException {
        if (!Files.isDirectory(bodies)) {
            return List.of();
        }
        try (var walk = Files.walk(bodies)) {
            List<Path> files = new ArrayList<>(walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList());
            files.sort(Comparator.naturalOrder());
            return files;
        }
    }
}
