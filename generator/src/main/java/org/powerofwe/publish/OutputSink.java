package org.powerofwe.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Receives the files of a build, by path relative to the output root. */
public interface OutputSink {

    /** Drops everything: for runs that render to find problems but publish nothing. */
    OutputSink DISCARD = new OutputSink() {
        @Override
        public void write(String relativePath, byte[] content) {
            // Nothing is kept.
        }

        @Override
        public void copy(Path source, String relativePath) {
            // Nothing is kept.
        }
    };

    /** Writes a UTF-8 text file. */
    default void write(String relativePath, String content) {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    void write(String relativePath, byte[] content);

    void copy(Path source, String relativePath);
}
