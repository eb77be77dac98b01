package org.powerofwe.server;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders recursively (new sub-folders included) and reports changed files in batches:
 * after the first change it waits for a short quiet period, so an editor that writes a file in
 * several steps, or a burst of saves, triggers one rebuild.
 */
final class FolderWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<Path> treeFolders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<Path> files;
    private final long quietMillis;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param roots       folders to watch, recursively
     * @param files       single files to watch (their folder is watched, other files there are ignored)
     * @param onChange    receives each batch of changed paths, on the watcher's thread
     */
    FolderWatcher(List<Path> roots, Set<Path> files, long quietMillis, Consumer<Set<Path>> onChange) throws IOException {
        this.service = roots.isEmpty() ? null : roots.get(0).getFileSystem().newWatchService();
        this.files = Set.copyOf(files);
        this.quietMillis = quietMillis;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        for (Path file : files) {
            register(file.getParent());
        }
        this.thread = new Thread(() -> loop(onChange), "site-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop(Consumer<Set<Path>> onChange) {
        while (running) {
            try {
                WatchKey key = service.take();
                Set<Path> batch = new LinkedHashSet<>();
                collect(key, batch);
                WatchKey more;
                while ((more = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, batch);
                }
                if (!batch.isEmpty()) {
                    deliver(onChange, batch);
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
        }
    }

    /** Hands a batch over; whatever the receiver throws, the watcher goes on watching. */
    private static void deliver(Consumer<Set<Path>> onChange, Set<Path> batch) {
        try {
            onChange.accept(batch);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // The receiver reports its own failures; one that escapes must not stop the next saves.
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                batch.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // The folder vanished again; its files will not be served anyway.
                }
            }
            if ((files.contains(path) || treeFolders.contains(folder)) && !ignored(path)) {
                batch.add(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /**
     * Editor and system leftovers that never change the site: hidden files (vim's {@code .x.swp},
     * emacs's {@code .#x} lock, gedit's {@code .goutputstream-*}, Kate's {@code .x.kate-swp},
     * macOS's {@code .DS_Store}, LibreOffice's {@code .~lock.x#}), backups ({@code x~}), emacs's
     * {@code #x#}, vim's {@code 4913} write test, {@code sed -i}'s {@code sedXXXXXX}, JetBrains'
     * {@code x___jb_tmp___} and {@code x___jb_old___}, Office's {@code ~$x} lock files.
     */
    static boolean ignored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("~$") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"))
                || TEMPORARY_SUFFIXES.stream().anyMatch(name::endsWith) || name.equals("4913") || SED_TEMPORARY.matcher(name).matches();
    }

    private static final List<String> TEMPORARY_SUFFIXES = List.of(".swp", ".swx", ".swo", ".tmp", ".kate-swp", "___jb_tmp___", "___jb_old___");
    /** {@code sed -i} writes its result to {@code sed} and six random letters and digits, in the same folder. */
    private static final java.util.regex.Pattern SED_TEMPORARY = java.util.regex.Pattern.compile("sed[A-Za-z0-9]{6}");

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && ignored(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(dir);
                treeFolders.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path folder) throws IOException {
        WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        folders.put(key, folder);
    }

    @Override
    public void close() throws IOException {
        running = false;
        if (service != null) {
            service.close();
        }
        thread.interrupt();
    }
}
