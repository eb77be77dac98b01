package org.powerofwe.build.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32C;

/**
 * The first parts of the body entries a build reads (see {@link EntryFile}), packed together for
 * the next build of the same configuration: {@code bodies-<configuration>.parts} holds them one
 * after the other, and {@code bodies-<configuration>.index} says where each one is. A build then
 * reads each first part with one read from one open file instead of opening, reading and closing
 * an entry file per page (at 10,000 pages, those system calls were a third of taking bodies from
 * the cache).
 *
 * <p>The pack is only ever a shortcut to what the entry files hold. A part is taken from it only
 * when its record names the very key asked for and its checksum holds; anything else (a record
 * another process overwrote, a pack cut short or of another generator) reads as absent, and the
 * entry file is read as before. New parts are appended; when the pack holds more than twice what
 * the last build used, it is written again with only that. Packs of configurations no recent
 * build used are deleted.
 */
final class FirstParts {

    private static final String PREFIX = "bodies-";
    private static final String PARTS = ".parts";
    private static final String INDEX = ".index";
    private static final int FORMAT = 1;
    /** Each reading thread's buffer for records: most first parts fit, larger ones get a buffer of their own. */
    private static final ThreadLocal<ByteBuffer> RECORDS = ThreadLocal.withInitial(() -> ByteBuffer.allocate(16 * 1024));

    private final Path folder;
    private final Path parts;
    private final Path index;
    private final String indexKey;
    /** Where each part of the pack lies, as its index says: the record's offset and length. */
    private final Map<String, long[]> before;
    /** The pack, opened for reading; null when there is none. */
    private final FileChannel reader;
    /** What this build used or added, by key: the record's offset and length in the pack. */
    private final Map<String, long[]> now = new ConcurrentHashMap<>();
    private FileChannel appender;
    private boolean appendFailed;

    private FirstParts(Path folder, String configuration, Map<String, long[]> before, FileChannel reader) {
        this.folder = folder;
        this.parts = folder.resolve(PREFIX + name(configuration) + PARTS);
        this.index = folder.resolve(PREFIX + name(configuration) + INDEX);
        this.indexKey = indexKey(configuration);
        this.before = before;
        this.reader = reader;
    }

    private static String indexKey(String configuration) {
        return Fingerprint.of("first-parts", FORMAT, configuration);
    }

    /** The files' name for {@code configuration}: enough of it to tell configurations apart (the index names it whole). */
    private static String name(String configuration) {
        return configuration.length() > 16 ? configuration.substring(0, 16) : configuration;
    }

    /** The pack of {@code configuration} (a {@link BodyCache#context}) in {@code folder}; empty, but ready to be made, when there is none to trust. */
    static FirstParts open(Path folder, String configuration) {
        Path indexFile = folder.resolve(PREFIX + name(configuration) + INDEX);
        Optional<Map<String, long[]>> index = Files.exists(indexFile)
                ? EntryFile.read(indexFile, indexKey(configuration)).flatMap(FirstParts::decode) : Optional.empty();
        if (index.isPresent()) {
            try {
                FileChannel reader = FileChannel.open(folder.resolve(PREFIX + name(configuration) + PARTS), StandardOpenOption.READ);
                return new FirstParts(folder, configuration, index.get(), reader);
            } catch (IOException e) {
                // No pack to read: made anew.
            }
        }
        return new FirstParts(folder, configuration, Map.of(), null);
    }

    /**
     * What {@code read} makes of the first part kept for {@code key}, as {@link EntryFile#readFirst}
     * gives it; empty when the pack has no intact part for that very key (the entry file is then
     * read instead), or {@code read} fails.
     */
    <T> Optional<T> read(String key, EntryFile.FirstPartReader<T> read) {
        long[] at = before.get(key);
        if (at == null) {
            return Optional.empty();
        }
        long offset = at[0];
        int length = (int) at[1];
        ByteBuffer buffer = RECORDS.get();
        if (buffer.capacity() < length) {
            buffer = ByteBuffer.allocate(length);
        }
        buffer.clear().limit(length);
        try {
            while (buffer.hasRemaining()) {
                if (reader.read(buffer, offset + buffer.position()) < 0) {
                    return Optional.empty();
                }
            }
            byte[] bytes = buffer.array();
            int partLength = partLength(bytes, length, key);
            if (partLength < 0) {
                return Optional.empty();
            }
            int from = length - 8 - partLength;
            long checksum = ByteBuffer.wrap(bytes, length - 8, 8).getLong();
            CRC32C crc = new CRC32C();
            crc.update(bytes, from, partLength);
            if (crc.getValue() != checksum) {
                return Optional.empty();
            }
            T made = read.read(bytes, from, partLength, checksum);
            if (made != null) {
                now.put(key, at);
            }
            return Optional.ofNullable(made);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The length of the part in a record of {@code length} bytes, if the record is one for {@code key}; else -1. */
    private static int partLength(byte[] record, int length, String key) {
        ByteBuffer in = ByteBuffer.wrap(record, 0, length);
        if (length < 16 || in.getInt() != key.length() || length < 4 + key.length() + 4 + 8) {
            return -1;
        }
        for (int i = 0; i < key.length(); i++) {
            if (in.get() != (byte) key.charAt(i)) {
                return -1;
            }
        }
        int partLength = in.getInt();
        return partLength == length - 4 - key.length() - 4 - 8 ? partLength : -1;
    }

    /**
     * Keeps {@code length} bytes of {@code bytes} from {@code offset}, the first part of the entry
     * for {@code key} with its {@code checksum}, for the next build: appended to the pack. A failed
     * write only costs the next build its speed.
     */
    void add(String key, byte[] bytes, int offset, int length, long checksum) {
        byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer record = ByteBuffer.allocate(4 + keyBytes.length + 4 + length + 8);
        record.putInt(keyBytes.length).put(keyBytes).putInt(length).put(bytes, offset, length).putLong(checksum).flip();
        synchronized (this) {
            if (appendFailed) {
                return;
            }
            try {
                if (appender == null) {
                    Files.createDirectories(folder);
                    appender = FileChannel.open(parts, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                }
                long at = appender.size();
                int size = record.remaining();
                while (record.hasRemaining()) {
                    appender.write(record);
                }
                now.put(key, new long[] {at, size});
            } catch (IOException | RuntimeException e) {
                appendFailed = true;
            }
        }
    }

    /**
     * Writes the index of what this build used and added, when it differs from the one read; packs
     * the parts again first when most of the pack is no longer used. Deletes the packs of other
     * configurations beyond the {@code keep} most recent. Closes the pack.
     */
    void save(int keep) {
        try {
            synchronized (this) {
                if (appender != null) {
                    appender.close();
                }
            }
            // Unchanged when every record used is the one the index named (the very same array).
            boolean changed = now.size() != before.size() || now.entrySet().stream().anyMatch(e -> e.getValue() != before.get(e.getKey()));
            if (changed && !now.isEmpty()) {
                long used = now.values().stream().mapToLong(at -> at[1]).sum();
                long size = Files.size(parts);
                Map<String, long[]> kept = size > 2 * used + (1 << 20) ? repack() : now;
                EntryFile.write(index, indexKey, encode(kept));
            }
            if (reader != null) {
                reader.close();
            }
            prune(keep);
        } catch (IOException | RuntimeException e) {
            // The next build reads the entry files it cannot find here.
        }
    }

    /** Writes a new pack of only the records this build used, in place of the old one; where each lies in it. */
    private Map<String, long[]> repack() throws IOException {
        Path temp = parts.resolveSibling(EntryFile.TEMP_PREFIX + parts.getFileName() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        Map<String, long[]> packed = new ConcurrentHashMap<>();
        try (FileChannel from = FileChannel.open(parts, StandardOpenOption.READ);
                FileChannel to = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            List<Map.Entry<String, long[]>> records = new ArrayList<>(now.entrySet());
            records.sort(Comparator.comparingLong(e -> e.getValue()[0]));
            long at = 0;
            for (Map.Entry<String, long[]> record : records) {
                long length = record.getValue()[1];
                long copied = 0;
                while (copied < length) {
                    long moved = from.transferTo(record.getValue()[0] + copied, length - copied, to);
                    if (moved <= 0) {
                        throw new IOException("the pack ends before its records do");
                    }
                    copied += moved;
                }
                packed.put(record.getKey(), new long[] {at, length});
                at += length;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, parts, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return packed;
    }

    static byte[] encode(Map<String, long[]> records) {
        Binary.Writer out = new Binary.Writer(records.size() * 64 + 8);
        out.integer(records.size());
        List<String> keys = new ArrayList<>(records.keySet());
        keys.sort(null);
        for (String key : keys) {
            out.text(key).number(records.get(key)[0]).number(records.get(key)[1]);
        }
        return out.toByteArray();
    }

    private static Optional<Map<String, long[]>> decode(byte[] payload) {
        try {
            Binary.Reader in = new Binary.Reader(payload);
            int count = in.count(8);
            Map<String, long[]> records = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String key = in.text();
                long offset = in.number();
                long length = in.number();
                if (offset < 0 || length <= 0 || length > Integer.MAX_VALUE) {
                    return Optional.empty();
                }
                records.put(key, new long[] {offset, length});
            }
            return in.remaining() == 0 ? Optional.of(records) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Deletes the packs of configurations beyond the {@code keep} whose indexes were written last (this one among them). */
    private void prune(int keep) throws IOException {
        List<Path> indexes = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + INDEX)) {
            files.forEach(indexes::add);
        } catch (NoSuchFileException e) {
            return;
        }
        indexes.sort(Comparator.comparing(CachePruner::modified).reversed());
        for (int i = keep; i < indexes.size(); i++) {
            if (indexes.get(i).equals(index)) {
                continue;
            }
            String name = indexes.get(i).getFileName().toString();
            Files.deleteIfExists(indexes.get(i));
            Files.deleteIfExists(folder.resolve(name.substring(0, name.length() - INDEX.length()) + PARTS));
        }
    }
}
