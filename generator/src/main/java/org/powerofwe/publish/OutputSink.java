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

    /**
     * The file a write to {@code relativePath} just made, for the build cache to keep the same file
     * (a hard link) instead of writing the bytes again; empty for sinks that keep no such file.
     */
    default java.util.Optional<Path> fileOf(String relativePath) {
        return java.util.Optional.empty();
    }

    /**
     * The attributes of the file an earlier build left at {@code relativePath} in the folder this
     * sink writes, as they were when the build began, if it knows them and the build has not
     * written that path; empty otherwise.
     */
    default java.util.Optional<java.nio.file.attribute.BasicFileAttributes> heldBefore(String relativePath) {
        return java.util.Optional.empty();
    }

    /**
     * Publishes a file kept in the build cache, which no one writes to: its bytes as they are. A
     * sink that changes what it is given (relative links) or keeps files elsewhere reads it and
     * writes it; the output folder links it (no byte copied, no new file made).
     */
    default void keep(KeptFile kept, String relativePath) {
        try {
            write(relativePath, java.nio.file.Files.readAllBytes(kept.path()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + kept.path() + ": " + e.getMessage(), e);
        }
    }
}
