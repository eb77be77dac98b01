package org.powerofwe.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A build's output, written into its own folder ({@code .public.builds/<id>/}) and published by
 * pointing {@code public} at it: {@code public} is a symbolic link replaced in one atomic rename,
 * so at every instant it names a complete build, the previous one until the new one is whole. A
 * failed or killed build never touches it; leftovers of killed builds are removed at the next
 * start. The previous build is removed after the swap, on a thread of its own when the caller
 * asked to wait for it later ({@link #cleanUpLater}, {@link #awaitCleanups}); a process that ends
 * first leaves it to the next build, or kept ({@link #keepPrevious}) for the running generator's
 * next build, which {@link #reuse}s it and rewrites only the files that differ; that generator
 * also prepares such a folder while it waits ({@link #spare}). Only folders inside
 * {@code .public.builds/} are ever removed. Holds a lock so two builds never share a folder.
 */
public final class OutputTree implements OutputSink, AutoCloseable {

    private final Path output;
    private final Path builds;
    private final Path staging;
    private final String id;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** The source of each copied file (an image, a social card), for the next build of the running generator. */
    private final java.util.Map<String, Path> copiedFrom = new ConcurrentHashMap<>();
    /** Files linked from the previous build: replaced, never written through, when written again. */
    private final Set<String> linked = ConcurrentHashMap.newKeySet();
    /** The build {@code output} pointed at when this one opened, if any. */
    private final Path published;
    /** The size of each file, so a file written twice (the root 404 page) counts once. */
    private final java.util.Map<String, Long> sizes = new ConcurrentHashMap<>();
    private boolean committed;
    /**
     * Writers hold it shared; closing holds it alone, so no page still being rendered in parallel
     * (after another failed) writes into the staging folder while, or after, it is removed.
     */
    private final java.util.concurrent.locks.ReadWriteLock writing = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private volatile boolean closed;
    private boolean cleanUpLater;
    /** Whether {@link #commit} keeps the build it replaces (the next one reuses it). */
    private boolean keepPrevious;
    /** Whether {@link #close} leaves the staging folder, not published, for a later build. */
    private boolean keptUnpublished;
    /** Whether the staging folder is a kept earlier build whose files are replaced (see {@link #reuse}). */
    private boolean reusing;
    /**
     * Whether the staging folder is an earlier build taken whole ({@link #openReusing}): a page
     * linked from the build cache that it already holds stays, every other file is written again,
     * and what this build did not write is removed before the swap.
     */
    private EarlierBuild earlier;
    private Thread cleanup;
    /** Removals of previous builds still running in this process (see {@link #cleanUpLater}). */
    private static final Set<Thread> CLEANUPS = ConcurrentHashMap.newKeySet();

    private OutputTree(Path output, Path builds, String id, FileChannel lockChannel, FileLock lock, Path published) {
        this.output = output;
        this.published = published;
        this.builds = builds;
        this.id = id;
        this.staging = builds.resolve(id);
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens a new build folder for {@code output}; the caller has checked it with {@link OutputGuard}. */
    public static OutputTree open(Path output) throws IOException {
        return open(output, null, false);
    }

    /**
     * Opens a folder for a new build of {@code output}, made from the newest earlier build it kept
     * ({@link #keepPrevious}) when there is one: a new process then touches only the files that
     * differ instead of making every folder and link again (at 10,000 pages, about 20,000 of
     * them, which cost a second of system time on a disk that just freed as many). A file of that
     * build is kept only when {@link #keep} is given the very same file (a page of the build
     * cache, checked there); every other file is written again, and the files this build does not
     * write are removed when it {@link #commit}s. So the result is the same as a new folder's
     * whatever the earlier build holds, even files changed by hand.
     */
    public static OutputTree openReusing(Path output) throws IOException {
        return open(output, null, true);
    }

    /**
     * Opens {@code spare}, an earlier build of {@code output} kept by {@link #keepPrevious}, as
     * the folder of the next build: only the files that differ are written into it (each one
     * replaced, never written through, since the published build may share it). Never the build
     * {@code output} points to.
     */
    public static OutputTree reuse(Path output, Path spare) throws IOException {
        return open(output, spare.toAbsolutePath().normalize(), false);
    }

    /**
     * Opens a new folder among the builds of {@code output} without taking its lock, to prepare a
     * spare for {@link #reuse} while no build runs ({@link #keepUnpublished}; never committed). A
     * build of another process may remove it meanwhile: then writing into it fails, and nothing else.
     */
    public static OutputTree spare(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path builds = target.getParent().resolve("." + target.getFileName() + ".builds");
        String id = "spare-" + newId();
        Files.createDirectory(builds.resolve(id));
        Path current = Files.isSymbolicLink(target) ? builds.resolve(Files.readSymbolicLink(target).getFileName()) : null;
        return new OutputTree(target, builds, id, null, null, current);
    }

    /** A build folder's name: its time, then a random part so two builds in the same millisecond differ. */
    private static String newId() {
        return Long.toString(System.currentTimeMillis(), 36) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static OutputTree open(Path output, Path spare, boolean newestEarlier) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        FileChannel channel = FileChannel.open(parent.resolve("." + name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another build is writing " + output + " right now; wait for it to finish");
        }
        try {
            awaitCleanups(); // a removal still running here must not race the one recover() starts
            Path builds = parent.resolve("." + name + ".builds");
            Files.createDirectories(builds);
            if (newestEarlier) {
                Path published = Files.isSymbolicLink(target) ? builds.resolve(Files.readSymbolicLink(target).getFileName()) : null;
                spare = EarlierBuild.newest(builds, published).orElse(null);
            }
            Path current = recover(parent, name, target, builds, spare);
            if (newestEarlier && spare != null) {
                // A new name: names sort by time again, and the running generator, which keeps folders by name, sees a new one.
                Path renamed = builds.resolve("b" + newId());
                try {
                    Files.move(spare, renamed, StandardCopyOption.ATOMIC_MOVE);
                    spare = renamed;
                } catch (IOException e) {
                    spare = null; // built in a new folder; the next build removes the old one
                }
            }
            OutputTree tree;
            if (spare != null) {
                if (!spare.getParent().equals(builds) || spare.equals(current) || !Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("cannot reuse " + spare + ": not a kept build of " + output);
                }
                tree = new OutputTree(target, builds, spare.getFileName().toString(), channel, lock, current);
                tree.reusing = true;
                if (newestEarlier) {
                    tree.earlier = new EarlierBuild(tree.staging);
                    tree.earlier.startListing();
                }
            } else {
                String id = "b" + newId();
                Files.createDirectory(builds.resolve(id));
                tree = new OutputTree(target, builds, id, channel, lock, current);
            }
            return tree;
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /**
     * Removes what killed builds left: builds that {@code public} does not point to, half-made
     * links. Returns the build {@code public} points to, if it is one of them.
     */
    private static Path recover(Path parent, String name, Path target, Path builds, Path kept) throws IOException {
        Path current = Files.isSymbolicLink(target) ? builds.resolve(Files.readSymbolicLink(target).getFileName()) : null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(builds)) {
            for (Path entry : entries) {
                if (!entry.equals(current) && !entry.equals(kept)) {
                    try {
                        deleteTree(entry);
                    } catch (IOException e) {
                        // Still being written (a running generator preparing a spare): left for the next build.
                    }
                }
            }
        }
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".*")) {
            for (Path sibling : siblings) {
                String file = sibling.getFileName().toString();
                if (file.startsWith("." + name + ".next-") || file.startsWith("." + name + ".staging-") || file.startsWith("." + name + ".previous-")) {
                    deleteTree(sibling);
                }
            }
        }
        return current != null && Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS) ? current : null;
    }

    @Override
    public void write(String relativePath, String content) {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(String relativePath, byte[] content) {
        place(relativePath, "cannot write " + relativePath, file -> Files.write(file, content), file -> InPlaceFile.write(file, content));
        copiedFrom.remove(relativePath);
        sizes.put(relativePath, (long) content.length);
    }

    @Override
    public void copy(Path source, String relativePath) {
        place(relativePath, "cannot copy " + source, file -> {
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            sizes.put(relativePath, Files.size(file));
        });
        copiedFrom.put(relativePath, source);
    }

    /**
     * Makes {@code relativePath} the same file as {@code existing} in the previous build (a hard
     * link: no bytes copied), for a file the build did not change. Writing it later replaces it.
     */
    public void link(Path existing, String relativePath, long size) {
        place(relativePath, "cannot link " + relativePath, file -> Files.createLink(file, existing));
        linked.add(relativePath);
        sizes.put(relativePath, size);
    }

    @Override
    public java.util.Optional<BasicFileAttributes> heldBefore(String relativePath) {
        if (earlier == null || written.contains(relativePath)) {
            return java.util.Optional.empty();
        }
        return earlier.listedFile(relativePath, resolve(relativePath));
    }

    /**
     * Makes {@code relativePath} the same file as {@code kept} in the build cache (a hard link), or
     * a copy of it where links cannot be made (another disk). Like a linked file of the previous
     * build, it is deleted, never written through, if the build writes that path again.
     */
    @Override
    public void keep(KeptFile kept, String relativePath) {
        try {
            if (earlier != null && !written.contains(relativePath) && earlier.holds(relativePath, resolve(relativePath), kept.fileKey())) {
                written.add(relativePath);
                linked.add(relativePath);
                copiedFrom.remove(relativePath);
                sizes.put(relativePath, kept.size());
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relativePath + ": " + e.getMessage(), e);
        }
        place(relativePath, "cannot link " + relativePath, file -> {
            try {
                Files.createLink(file, kept.path());
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(kept.path(), file, StandardCopyOption.REPLACE_EXISTING);
            }
        });
        linked.add(relativePath);
        copiedFrom.remove(relativePath);
        sizes.put(relativePath, kept.size());
    }

    @Override
    public java.util.Optional<Path> fileOf(String relativePath) {
        Path file = resolve(relativePath);
        return written.contains(relativePath) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    /** Creates one file of the build with {@code action}, in its folder, replacing a linked or reused one. */
    private void place(String relativePath, String failure, FileAction action) {
        place(relativePath, failure, action, null);
    }

    /**
     * The same; in a folder reused from an earlier build, with {@code overAction} instead where the
     * file already there is one no other name shares (see {@link InPlaceFile}).
     */
    private void place(String relativePath, String failure, FileAction action, FileAction overAction) {
        Path file = resolve(relativePath);
        writing.readLock().lock();
        try {
            if (closed) {
                throw new IOException("the build was stopped before " + relativePath + " was written");
            }
            if (earlier != null) {
                earlier.clearWay(file);
            } else {
                Files.createDirectories(file.getParent());
            }
            if (overAction != null && reusing && !linked.contains(relativePath) && InPlaceFile.sole(file)) {
                overAction.create(file);
            } else {
                unlink(relativePath, file);
                action.create(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(failure + ": " + e.getMessage(), e);
        } finally {
            writing.readLock().unlock();
        }
        written.add(relativePath);
    }

    @FunctionalInterface
    private interface FileAction {
        void create(Path file) throws IOException;
    }

    /**
     * Removes the file before it is written if it may be shared with the published build (linked
     * from it, or any file of a reused folder): writing through would change the published build.
     */
    private void unlink(String relativePath, Path file) throws IOException {
        if (linked.remove(relativePath) || reusing) {
            Files.deleteIfExists(file);
        }
    }

    /** The build {@code output} pointed at when this one opened: the published build, if there is one. */
    public java.util.Optional<Path> previousBuild() {
        return java.util.Optional.ofNullable(published);
    }

    /** Every file written, copied or linked. */
    public Set<String> files() {
        return Set.copyOf(written);
    }

    /** The source of each file copied into this build. */
    public java.util.Map<String, Path> copySources() {
        return java.util.Map.copyOf(copiedFrom);
    }

    public boolean contains(String relativePath) {
        return written.contains(relativePath);
    }

    public int fileCount() {
        return written.size();
    }

    public long byteCount() {
        return sizes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The folder being written, for checks that read the result before it is swapped in. */
    public Path stagingDir() {
        return staging;
    }

    /**
     * Removes the previous build on a thread of its own after {@link #commit}, instead of before
     * {@code commit} returns: the build's summary need not wait for thousands of files to be
     * deleted. {@link #awaitCleanups} waits for it (the command line, once the summary is printed).
     */
    public OutputTree cleanUpLater() {
        this.cleanUpLater = true;
        return this;
    }

    /**
     * Keeps this build folder without publishing it, for {@link #reuse} by a later build (the
     * running generator prepares one while it waits); the next build that opens a new folder
     * removes it.
     */
    public void keepUnpublished() {
        this.keptUnpublished = true;
    }

    /** Keeps the build this one replaces, for {@link #reuse} by the next build. */
    public OutputTree keepPrevious() {
        this.keepPrevious = true;
        return this;
    }

    /** Waits until every removal of a previous build started by this process is done. */
    public static void awaitCleanups() {
        for (Thread thread : CLEANUPS) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Publishes the build: {@code public} now points at it (one atomic rename of a symbolic link),
     * then the previous build is removed (now, or on its own thread after {@link #cleanUpLater}).
     */
    public void commit() throws IOException {
        if (lock == null) {
            throw new IllegalStateException("a spare build is never published");
        }
        write(OutputGuard.MARKER, "This folder was written by ./site build and is replaced by the next build.\n");
        if (earlier != null) {
            earlier.sweep(written);
        }
        Path parent = output.getParent();
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(output)) {
            // A folder from before builds were published through a link: moved among the builds once.
            move(output, builds.resolve("earlier-" + id));
        }
        Path next = parent.resolve("." + output.getFileName() + ".next-" + id);
        Files.createSymbolicLink(next, parent.relativize(staging));
        move(next, output);
        committed = true;
        java.util.List<Path> previous = new java.util.ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(builds)) {
            for (Path entry : entries) {
                if (!entry.equals(staging) && !(keepPrevious && entry.equals(published))) {
                    previous.add(entry);
                }
            }
        }
        if (!cleanUpLater) {
            for (Path entry : previous) {
                deleteTree(entry);
            }
            return;
        }
        // Folders no link points to any more, listed before this thread starts: nothing else can be among them.
        cleanup = new Thread(() -> {
            try {
                for (Path entry : previous) {
                    deleteTree(entry);
                }
            } catch (IOException | UncheckedIOException e) {
                // Left for the next build, which removes every build the output does not point to.
            } finally {
                CLEANUPS.remove(Thread.currentThread());
            }
        }, "remove previous build");
        cleanup.setDaemon(true);
        CLEANUPS.add(cleanup);
        cleanup.start();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Releases the lock; discards the staging folder unless it was committed. */
    @Override
    public void close() throws IOException {
        writing.writeLock().lock();
        try {
            closed = true;
            if (!committed && !keptUnpublished) {
                if (earlier != null) {
                    earlier.awaitListing();
                }
                deleteTree(staging);
            }
        } finally {
            writing.writeLock().unlock();
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
        }
    }

    private Path resolve(String relativePath) {
        Path file = staging.resolve(relativePath).normalize();
        if (!file.startsWith(staging) || file.equals(staging) || relativePath.startsWith("/")) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + relativePath);
        }
        return file;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
