package org.powerofwe.build.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Numbers and texts as bytes, for the page cache's index (megabytes read and written by every
 * build): texts as UTF-8 behind their length, in one copy each, where {@code DataOutputStream}'s
 * modified UTF-8 goes character by character and {@code ByteArrayInputStream} locks on every byte.
 */
final class Binary {

    private Binary() {
    }

    /** Bytes written one after the other. */
    static final class Writer {
        private byte[] bytes;
        private int length;

        Writer(int capacity) {
            bytes = new byte[Math.max(capacity, 64)];
        }

        Writer integer(int value) {
            room(4);
            bytes[length] = (byte) (value >>> 24);
            bytes[length + 1] = (byte) (value >>> 16);
            bytes[length + 2] = (byte) (value >>> 8);
            bytes[length + 3] = (byte) value;
            length += 4;
            return this;
        }

        Writer number(long value) {
            return integer((int) (value >>> 32)).integer((int) value);
        }

        Writer text(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            integer(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
            return this;
        }

        Writer bytes(byte[] value) {
            integer(value.length);
            room(value.length);
            System.arraycopy(value, 0, bytes, length, value.length);
            length += value.length;
            return this;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    /** Reads what a {@link Writer} wrote; any length or count past the end is an {@link IOException}. */
    static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int integer() throws IOException {
            need(4);
            int value = (bytes[position] & 0xff) << 24 | (bytes[position + 1] & 0xff) << 16 | (bytes[position + 2] & 0xff) << 8
                    | (bytes[position + 3] & 0xff);
            position += 4;
            return value;
        }

        long number() throws IOException {
            return (long) integer() << 32 | (integer() & 0xffffffffL);
        }

        /** A count of things still to read, each at least {@code bytesEach} long. */
        int count(int bytesEach) throws IOException {
            int count = integer();
            if (count < 0 || (long) count * bytesEach > remaining()) {
                throw new IOException("bad count " + count);
            }
            return count;
        }

        String text() throws IOException {
            int size = integer();
            if (size < 0) {
                throw new IOException("bad length " + size);
            }
            need(size);
            String value = new String(bytes, position, size, StandardCharsets.UTF_8);
            position += size;
            return value;
        }

        byte[] bytes() throws IOException {
            int size = integer();
            if (size < 0) {
                throw new IOException("bad length " + size);
            }
            need(size);
            byte[] value = java.util.Arrays.copyOfRange(bytes, position, position + size);
            position += size;
            return value;
        }

        int remaining() {
            return bytes.length - position;
        }

        private void need(int size) throws IOException {
            if (size > bytes.length - position) {
                throw new IOException("cut short");
            }
        }
    }
}
