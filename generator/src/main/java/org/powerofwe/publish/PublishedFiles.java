package org.powerofwe.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of a published build as it left them: each file's size, time and identity (inode),
 * and the source of each copied file. The next build of the running generator links the files it
 * did not change from here into its own folder, but only those still {@link #intact}: a file
 * edited or replaced by hand since is never carried over.
 */
public final class PublishedFiles {

    /** What tells that a file is still the one the build wrote. */
    private record Stamp(long size, long modified, Object identity) {

        static Optional<Stamp> of(Path file) throws IOException {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile()) {
                    return Optional.empty();
                }
                return Optional.of(new Stamp(attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                        attributes.fileKey()));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }
    }

    private final Path folder;
    private final Map<String, Stamp> stamps;
    private final Map<String, Path> copiedFrom;
    private final boolean complete;

    private PublishedFiles(Path folder, Map<String, Stamp> stamps, Map<String, Path> copiedFrom, boolean complete) {
        this.folder = folder;
        this.stamps = stamps;
        this.copiedFrom = copiedFrom;
        this.complete = complete;
    }

    /**
     * Reads the stamps of {@code files} in {@code folder}, just published. A file without a stamp
     * (gone already, or not a plain file, or no identity to compare) is left out, and the whole
     * is then not {@link #complete}.
     */
    public static PublishedFiles of(Path folder, Collection<String> files, Map<String, Path> copiedFrom) throws IOException {
        Map<String, Stamp> stamps = new ConcurrentHashMap<>();
        try {
            files.parallelStream().forEach(file -> {
                try {
                    Stamp.of(folder.resolve(file)).filter(s -> s.identity() != null).ifPresent(stamp -> stamps.put(file, stamp));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return new PublishedFiles(folder, Map.copyOf(stamps), Map.copyOf(copiedFrom), stamps.size() == files.size());
    }

    /**
     * Whether every file got a stamp. One without (gone already, or a file system that gives files
     * no identity) could not be checked before it is kept, so the next build must be whole.
     */
    public boolean complete() {
        return complete;
    }

    /** The build's folder. */
    public Path folder() {
        return folder;
    }

    /** The files whose stamps were read. */
    public Set<String> paths() {
        return stamps.keySet();
    }

    /** The file's size when it was published. */
    public long size(String relativePath) {
        return stamps.get(relativePath).size();
    }

    /** The file a published file was copied from (an image, a social card), if it was copied. */
    public Optional<Path> copiedFrom(String relativePath) {
        return Optional.ofNullable(copiedFrom.get(relativePath));
    }

    /** The source of every copied file. */
    public Map<String, Path> copies() {
        return copiedFrom;
    }

    /** Whether the file is still the one the build wrote: same size, time and identity. */
    public boolean intact(String relativePath) throws IOException {
        Stamp then = stamps.get(relativePath);
        return then != null && Objects.equals(Stamp.of(folder.resolve(relativePath)).orElse(null), then);
    }
}
