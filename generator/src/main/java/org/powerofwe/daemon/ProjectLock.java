package org.powerofwe.daemon;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The lock a running generator holds while it lives, so that two never run for one project: a
 * lock on the project's {@code .lock} file. Its holder deletes the file when it stops, while
 * still holding the lock, so that stopped generators leave nothing behind. A process that was
 * waiting for that lock may then have locked the deleted file, which keeps nobody out; so a lock
 * is kept only if the file's name still gives the file that was locked.
 */
final class ProjectLock {

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock of the file at {@code path}, or empty when another process holds it. The file is
     * compared by its key (device and inode) read from its name: opening it a second time and
     * closing that would release this process's lock.
     */
    static Optional<ProjectLock> tryTake(Path path) throws IOException {
        try {
            Files.createFile(path);
        } catch (FileAlreadyExistsException e) {
            // Another generator's, held or not: the lock says.
        }
        Object named = fileKey(path);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        Object opened = fileKey(path); // the file just opened, unless the name changed meanwhile
        FileLock lock;
        try {
            lock = named != null && named.equals(opened) ? channel.tryLock() : null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock != null && opened.equals(fileKey(path))) {
            return Optional.of(new ProjectLock(path, channel, lock));
        }
        channel.close();
        return Optional.empty();
    }

    boolean held() {
        return channel.isOpen();
    }

    /** Deletes the lock's file; call it while holding the lock, and only once. */
    void deleteFile() throws IOException {
        Files.deleteIfExists(path);
    }

    void release() throws IOException {
        if (channel.isOpen()) {
            lock.release();
            channel.close();
        }
    }

    /**
     * The file's device and inode, or null when there is no such file. POSIX systems, the only
     * ones {@link DaemonAddress#ensurePrivateFolder} accepts, always say.
     */
    private static Object fileKey(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
