package org.powerofwe.daemon;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * The frames the client and the running generator exchange: a type byte, a length, the bytes.
 * Frames are read and written on the channel itself (not through streams), so that one thread
 * can wait for the client's cancel while another streams the command's output.
 */
final class Protocol {

    // Client to server.
    static final byte REQUEST = 'R';
    static final byte STATUS = 'S';
    static final byte STOP = 'X';
    static final byte CANCEL = 'C';
    // Server to client.
    static final byte ACCEPTED = 'A';
    static final byte BUSY = 'B';
    static final byte MISMATCH = 'M';
    static final byte ELSEWHERE = 'W';
    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte EXIT = 'Z';
    static final byte STATUS_REPLY = 'T';
    static final byte STOPPING = 'Q';

    /** Larger frames are refused: nothing the client or server sends comes near it. */
    static final int MAX_LENGTH = 16 * 1024 * 1024;

    record Frame(byte type, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        int number() {
            return ByteBuffer.wrap(payload).getInt();
        }
    }

    private Protocol() {
    }

    static void write(WritableByteChannel channel, byte type, byte[] payload) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(5 + payload.length);
        buffer.put(type).putInt(payload.length).put(payload).flip();
        synchronized (channel) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    static void write(WritableByteChannel channel, byte type, String text) throws IOException {
        write(channel, type, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(WritableByteChannel channel, byte type, int number) throws IOException {
        write(channel, type, ByteBuffer.allocate(4).putInt(number).array());
    }

    /** The next frame, or null when the other side closed the connection. */
    static Frame read(ReadableByteChannel channel) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(5);
        if (!fill(channel, header, true)) {
            return null;
        }
        header.flip();
        byte type = header.get();
        int length = header.getInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("a frame of " + length + " bytes");
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        fill(channel, payload, false);
        return new Frame(type, payload.array());
    }

    private static boolean fill(ReadableByteChannel channel, ByteBuffer buffer, boolean endAllowed) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                if (endAllowed && buffer.position() == 0) {
                    return false;
                }
                throw new EOFException("the connection closed in the middle of a frame");
            }
        }
        return true;
    }

    /** An output stream whose every write is sent at once as a frame of {@code type}; errors once the client is gone are dropped. */
    static OutputStream stream(WritableByteChannel channel, byte type) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length > 0) {
                    byte[] copy = new byte[length];
                    System.arraycopy(bytes, offset, copy, 0, length);
                    Protocol.write(channel, type, copy);
                }
            }
        };
    }

    static byte[] encode(IoWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            writer.write(data);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    interface IoWriter {
        void write(DataOutputStream data) throws IOException;
    }
}
