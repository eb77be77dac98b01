package org.powerofwe.build.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32C;

/**
 * One cache entry on disk: a header (magic, format, the key the entry was written for, the
 * payload's length), the payload, and a checksum of the payload. Reading gives the payload only
 * when every part matches; an entry that is truncated, altered, of another format or kept under
 * the wrong name reads as absent. Writing goes through a temporary file renamed into place, so a
 * reader never sees half an entry.
 */
final class EntryFile {

    /** Raised when the layout of entries changes; older entries are then simply not read. */
    static final int FORMAT = 2;
    static final String TEMP_PREFIX = ".tmp-";
    private static final int MAGIC = 0x50574243; // "PWBC"

    private EntryFile() {
    }

    /** The payload kept at {@code file} for {@code key}, if the file is a whole, intact entry for that key. */
    static Optional<byte[]> read(Path file, String key) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
        int header = 4 + 4 + 4 + keyBytes.length + 4;
        if (all.length < header + 8) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(all);
        if (in.getInt() != MAGIC || in.getInt() != FORMAT || in.getInt() != keyBytes.length) {
            return Optional.empty();
        }
        byte[] storedKey = new byte[keyBytes.length];
        in.get(storedKey);
        int length = in.getInt();
        if (!Arrays.equals(storedKey, keyBytes) || length < 0 || length != all.length - header - 8) {
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        crc.update(all, header, length);
        long expected = ByteBuffer.wrap(all, header + length, 8).getLong();
        if (crc.getValue() != expected) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(all, header, header + length));
    }

    /** Writes an entry for {@code key} at {@code file}, replacing any previous one in one step. */
    static void write(Path file, String key, byte[] payload) throws IOException {
        byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + keyBytes.length + 32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(keyBytes.length);
            out.write(keyBytes);
            out.writeInt(payload.length);
            out.write(payload);
            CRC32C crc = new CRC32C();
            crc.update(payload);
            out.writeLong(crc.getValue());
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
