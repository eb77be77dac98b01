package org.powerofwe.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes a file of an earlier build taken as the folder of a new one over its old bytes, when no
 * other name shares it: its bytes stay where they are if they did not change, else the new ones
 * are written over them. Removing the file and writing a new one instead made the disk's cache
 * drop every page of it and take new ones: at 10,000 pages, the search indexes alone are 60 MB
 * that an edit leaves mostly unchanged.
 */
final class InPlaceFile {

    /** How much is read or written at a time (the channel copies through a buffer of its own of this size). */
    private static final int CHUNK = 64 * 1024;

    private InPlaceFile() {
    }

    /**
     * Whether {@code file} is a plain file that no other name links to (never a link, never a
     * file shared with the published build or the build cache), so that writing over it changes
     * nothing else. False wherever that cannot be told.
     */
    static boolean sole(Path file) {
        try {
            Map<String, Object> attributes = Files.readAttributes(file, "unix:nlink,isRegularFile", LinkOption.NOFOLLOW_LINKS);
            return Boolean.TRUE.equals(attributes.get("isRegularFile")) && Integer.valueOf(1).equals(attributes.get("nlink"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Makes {@code file}, a {@link #sole} file, hold {@code content}: untouched if it does already. */
    static void write(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() == content.length && holds(channel, content)) {
                return;
            }
            for (int from = 0; from < content.length; from += CHUNK) {
                ByteBuffer chunk = ByteBuffer.wrap(content, from, Math.min(CHUNK, content.length - from));
                while (chunk.hasRemaining()) {
                    channel.write(chunk, chunk.position());
                }
            }
            channel.truncate(content.length);
        }
    }

    private static boolean holds(FileChannel channel, byte[] content) throws IOException {
        byte[] read = new byte[Math.min(CHUNK, content.length)];
        ByteBuffer buffer = ByteBuffer.wrap(read);
        for (int from = 0; from < content.length; ) {
            buffer.clear().limit(Math.min(CHUNK, content.length - from));
            int n = channel.read(buffer, from);
            if (n <= 0 || Arrays.mismatch(read, 0, n, content, from, from + n) >= 0) {
                return false;
            }
            from += n;
        }
        return true;
    }
}
