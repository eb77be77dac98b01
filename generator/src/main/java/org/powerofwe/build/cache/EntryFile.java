package org.powerofwe.build.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32C;

/**
 * One cache entry on disk: a header (magic, format, the key the entry was written for, the number
 * of parts), then each part with its length and a checksum of its own. Reading gives a part only
 * when every byte up to it and its checksum match; an entry that is truncated, altered, of another
 * format or kept under the wrong name reads as absent. A body entry has two parts, so that a build
 * reads the small first one (what every build needs) without the second (the HTML, which only the
 * pages rendered again need). Writing goes through a temporary file renamed into place, so a
 * reader never sees half an entry.
 */
final class EntryFile {

    /** Raised when the layout of entries changes; older entries are then simply not read. */
    static final int FORMAT = 3;
    static final String TEMP_PREFIX = ".tmp-";
    private static final int MAGIC = 0x50574243; // "PWBC"
    /** How much a first reading takes in: the first part of most body entries, not their HTML. */
    private static final int FIRST_READ = 12 * 1024;

    /** An entry's first part as {@link #readFirst} finds it: where it lies, and its checksum. */
    private record Part(byte[] bytes, int offset, int length, long checksum) {

        byte[] copy() {
            return Arrays.copyOfRange(bytes, offset, offset + length);
        }
    }

    /**
     * Makes something of an entry's first part, {@code length} bytes of {@code bytes} from {@code
     * offset}, which are valid only during the call (the array is the reading thread's, used again
     * for its next entry). Its length and checksum name it among the first parts ever written under
     * its key, for {@link #later}.
     */
    @FunctionalInterface
    interface FirstPartReader<T> {
        T read(byte[] bytes, int offset, int length, long checksum) throws IOException;
    }

    /** Each reading thread's buffer for first parts: allocating and clearing 12 KB per body was a tenth of taking bodies from the cache. */
    private static final ThreadLocal<ByteBuffer> FIRST_PARTS = ThreadLocal.withInitial(() -> ByteBuffer.allocate(FIRST_READ));

    private EntryFile() {
    }

    /** The payload kept at {@code file} for {@code key}, if the file is a whole, intact entry of one part for that key. */
    static Optional<byte[]> read(Path file, String key) {
        return readAll(file, key).filter(parts -> parts.size() == 1).map(parts -> parts.get(0));
    }

    /** Every part kept at {@code file} for {@code key}, if the file is a whole, intact entry for that key. */
    static Optional<List<byte[]>> readAll(Path file, String key) {
        return parts(file, key).map(parts -> parts.stream().map(Part::copy).toList());
    }

    /** The parts of the entry at {@code file} for {@code key}, each checked, if the file is a whole, intact entry for that key. */
    private static Optional<List<Part>> parts(Path file, String key) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(all);
        int count = partCount(in, key);
        if (count < 1) {
            return Optional.empty();
        }
        List<Part> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Optional<Part> part = part(in);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            parts.add(part.get());
        }
        return in.hasRemaining() ? Optional.empty() : Optional.of(parts);
    }

    /**
     * What {@code reader} makes of the first part of the entry at {@code file} for {@code key},
     * reading no further than that part (and checking no further: {@link #later} checks the rest
     * when it is asked for); empty when the part is not whole and intact, or the reader fails.
     */
    static <T> Optional<T> readFirst(Path file, String key, FirstPartReader<T> reader) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer in = FIRST_PARTS.get().clear();
            fill(channel, in);
            in.flip();
            if (partCount(in, key) < 1 || in.remaining() < 4) {
                return Optional.empty();
            }
            int length = in.getInt(in.position());
            if (length < 0 || length > Integer.MAX_VALUE - in.position() - 12) {
                return Optional.empty();
            }
            int end = in.position() + 4 + length + 8;
            if (end > in.limit()) {
                if (in.limit() < in.capacity()) {
                    return Optional.empty(); // the file ends before its first part does
                }
                ByteBuffer whole = ByteBuffer.allocate(end);
                whole.put(in.array(), 0, in.limit());
                fill(channel, whole);
                whole.flip();
                whole.position(in.position());
                in = whole;
            }
            Optional<Part> part = part(in);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            Part first = part.get();
            return Optional.ofNullable(reader.read(first.bytes(), first.offset(), first.length(), first.checksum()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The second part of the entry at {@code file} for {@code key}: only when the whole entry is
     * intact and its first part is still the one {@link #readFirst} gave (of {@code firstLength}
     * bytes and {@code firstChecksum}): another process may have written the entry again since.
     */
    static Optional<byte[]> later(Path file, String key, int firstLength, long firstChecksum) {
        return parts(file, key)
                .filter(parts -> parts.size() == 2 && parts.get(0).length() == firstLength && parts.get(0).checksum() == firstChecksum)
                .map(parts -> parts.get(1).copy());
    }

    private static void fill(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // reads until the buffer is full or the file ends
        }
    }

    /** Reads the header; the number of parts, or -1 when it is not an entry of this format for this key. */
    private static int partCount(ByteBuffer in, String key) {
        byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
        if (in.remaining() < 4 + 4 + 4 + keyBytes.length + 4) {
            return -1;
        }
        if (in.getInt() != MAGIC || in.getInt() != FORMAT || in.getInt() != keyBytes.length) {
            return -1;
        }
        byte[] storedKey = new byte[keyBytes.length];
        in.get(storedKey);
        int count = in.getInt();
        return Arrays.equals(storedKey, keyBytes) && count > 0 && count <= 2 ? count : -1;
    }

    /** The next part of {@code in}, its checksum checked; the buffer is left after it. */
    private static Optional<Part> part(ByteBuffer in) {
        if (in.remaining() < 4) {
            return Optional.empty();
        }
        int length = in.getInt();
        if (length < 0 || length > in.remaining() - 8) {
            return Optional.empty();
        }
        int offset = in.arrayOffset() + in.position();
        CRC32C crc = new CRC32C();
        crc.update(in.array(), offset, length);
        in.position(in.position() + length);
        long expected = in.getLong();
        return crc.getValue() == expected ? Optional.of(new Part(in.array(), offset, length, expected)) : Optional.empty();
    }

    /** Writes an entry of {@code parts} for {@code key} at {@code file}, replacing any previous one in one step. */
    static void write(Path file, String key, byte[]... parts) throws IOException {
        byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
        int size = keyBytes.length + 16 + Arrays.stream(parts).mapToInt(p -> p.length + 12).sum();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(keyBytes.length);
            out.write(keyBytes);
            out.writeInt(parts.length);
            for (byte[] part : parts) {
                out.writeInt(part.length);
                out.write(part);
                CRC32C crc = new CRC32C();
                crc.update(part);
                out.writeLong(crc.getValue());
            }
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(TEMP_PREFIX + file.getFileName() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            Files.write(temp, bytes.toByteArray());
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
