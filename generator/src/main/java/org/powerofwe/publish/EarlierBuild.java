package org.powerofwe.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An earlier build of the output, taken whole as the folder of a new build ({@link
 * OutputTree#openReusing}): which one to take, whether it already holds a file the new build
 * would link, making way for a file where the earlier build has something else, and removing
 * at the end what the new build did not write. Nothing in it is trusted but a plain file whose
 * every folder is a real folder (never a link, which could lead out of the output).
 */
final class EarlierBuild {

    private final Path staging;
    /** Folders found to be real folders (or made so), each examined once. */
    private final Set<Path> realFolders = ConcurrentHashMap.newKeySet();
    /** What the folder held when the build took it, listed on its own thread; null until {@link #startListing}. */
    private CompletableFuture<Listing> listing;
    /**
     * Set once this build removed something of the earlier one to make way for its own files (a
     * link or file where it needs a folder, a folder where it writes a file): from then on, what
     * the listing says of the files below is no longer taken as true, and each one is examined.
     */
    private volatile boolean reshaped;

    /** One entry of a listed folder: its name as NFC, the path it has on disk, and whether it was a real folder. */
    private record Entry(String name, Path path, boolean folder) {
    }

    /**
     * The listing: each folder's entries by the folder's name ("" for the top), and the attributes
     * of each plain file with an identity ({@link BasicFileAttributes#fileKey}) by its name. A file
     * is in {@code files} only if every folder above it was a real folder, since the listing enters
     * no other.
     */
    private record Listing(Map<String, List<Entry>> folders, Map<String, BasicFileAttributes> files) {
    }

    EarlierBuild(Path staging) {
        this.staging = staging;
    }

    /**
     * Lists the whole folder on a thread of its own (a build with the build cache takes the folder
     * before it reads the content, so the listing is done by the time pages are kept), so that
     * neither the sweep at the end nor {@link #holds} reads a folder or a file's attributes. The
     * listing may see the build's own files or miss some: the build only writes the files it
     * keeps and makes their folders, so every entry it has not written was there before and is
     * left alone until the sweep.
     */
    void startListing() {
        CompletableFuture<Listing> listing = new CompletableFuture<>();
        this.listing = listing;
        Thread lister = new Thread(() -> {
            try {
                Listing listed = new Listing(new HashMap<>(), new HashMap<>());
                list(staging, "", listed);
                listing.complete(listed);
            } catch (IOException | RuntimeException | Error e) {
                listing.completeExceptionally(e);
            }
        }, "output: earlier build");
        lister.setDaemon(true);
        lister.start();
    }

    /** Waits for the listing, if one was started; before the folder is removed. */
    void awaitListing() {
        if (listing != null) {
            listing.handle((folders, failure) -> null).join();
        }
    }

    private static void list(Path folder, String prefix, Listing listed) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                String name = prefix + Normalizer.normalize(entry.getFileName().toString(), Normalizer.Form.NFC);
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue; // removed by the build meanwhile
                }
                entries.add(new Entry(name, entry, attributes.isDirectory()));
                if (attributes.isRegularFile() && attributes.fileKey() != null) {
                    listed.files().put(name, attributes);
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            if (prefix.isEmpty()) {
                throw e;
            }
            // Removed by the build meanwhile (a page's file goes where this folder was): nothing of it is left to sweep.
        }
        listed.folders().put(prefix, entries);
        for (Entry entry : entries) {
            if (entry.folder()) {
                list(entry.path(), entry.name() + "/", listed);
            }
        }
    }

    /**
     * The newest finished build among {@code builds} (it holds the marker {@link OutputTree#commit}
     * writes last) other than {@code current}, the published one. Build names start with b and
     * the time in base 36, of one length for centuries, so they sort by time; the taken one is
     * renamed to a new name before it is written into.
     */
    static Optional<Path> newest(Path builds, Path current) throws IOException {
        Path newest = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(builds)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith("b") && !entry.equals(current) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && Files.isRegularFile(entry.resolve(OutputGuard.MARKER), LinkOption.NOFOLLOW_LINKS)
                        && (newest == null || name.compareTo(newest.getFileName().toString()) > 0)) {
                    newest = entry;
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    /**
     * Whether {@code relativePath} ({@code file} on disk) is the very file whose identity is {@code
     * key}: a plain file, below real folders only. Taken from the listing when it is done and the
     * build has removed nothing yet (no attribute read at all: two per page were a tenth of a
     * cache-warm build's system calls); else read from the disk.
     */
    boolean holds(String relativePath, Path file, Object key) throws IOException {
        if (key == null) {
            return false;
        }
        Listing listed = trustedListing();
        if (listed != null) {
            BasicFileAttributes here = listed.files().get(name(relativePath, file));
            return here != null && key.equals(here.fileKey());
        }
        if (!foldersAreReal(file.getParent())) {
            return false;
        }
        try {
            BasicFileAttributes here = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return here.isRegularFile() && key.equals(here.fileKey());
        } catch (FileSystemException e) { // nothing there
            return false;
        }
    }

    /**
     * The attributes of the plain file at {@code relativePath} ({@code file} on disk) as the listing
     * found it, below real folders only; empty when the listing cannot tell (not done, failed, or
     * the build has removed something since).
     */
    Optional<BasicFileAttributes> listedFile(String relativePath, Path file) {
        Listing listed = trustedListing();
        return listed == null ? Optional.empty() : Optional.ofNullable(listed.files().get(name(relativePath, file)));
    }

    /** The listing, while it still says what the folder holds: null when there is none or the build has removed something since. */
    private Listing trustedListing() {
        return reshaped ? null : listed();
    }

    /** The listing once it is done; null when none was started or it failed. */
    private Listing listed() {
        if (listing == null) {
            return null;
        }
        try {
            return listing.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            return null;
        }
    }

    /** The name the listing gives {@code file}, written {@code relativePath} by the build. */
    private String name(String relativePath, Path file) {
        return isPlain(relativePath) ? relativePath : name(staging.relativize(file.normalize()));
    }

    /** Whether {@code path} is already as the listing names it: ASCII, no empty, "." or ".." part. */
    private static boolean isPlain(String path) {
        char previous = '/';
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 0x80 || c == '\\' || c == '/' && previous == '/' || c == '.' && previous == '/') {
                return false;
            }
            previous = c;
        }
        return previous != '/';
    }

    private boolean foldersAreReal(Path folder) throws IOException {
        Path at = staging;
        for (Path part : staging.relativize(folder)) {
            at = at.resolve(part);
            if (realFolders.contains(at)) {
                continue;
            }
            try {
                if (!Files.readAttributes(at, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory()) {
                    return false;
                }
            } catch (NoSuchFileException e) {
                return false;
            }
            realFolders.add(at);
        }
        return true;
    }

    /**
     * Makes the folders of {@code file}, removing what stands where one must be (a file, a link:
     * nothing is ever written through a link), and a folder where the file itself must go.
     * Serialised where it changes something, so two threads never remove what the other made.
     */
    void clearWay(Path file) throws IOException {
        Path at = staging;
        for (Path part : staging.relativize(file.getParent())) {
            at = at.resolve(part);
            if (!realFolders.contains(at)) {
                makeReal(at);
            }
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            reshaped = true;
            OutputTree.deleteTree(file);
        }
    }

    private synchronized void makeReal(Path folder) throws IOException {
        if (realFolders.contains(folder)) {
            return;
        }
        if (Files.isSymbolicLink(folder) || Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            reshaped = true;
            Files.deleteIfExists(folder);
        }
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
        }
        realFolders.add(folder);
    }

    /**
     * Removes every file and folder the new build did not write (pages since deleted, files put
     * there by hand), from the listing taken while the build ran; without one, reading only the
     * folders it wrote into. Names are compared as Unicode NFC, as a disk that decomposes accents
     * would list them.
     */
    void sweep(Collection<String> written) throws IOException {
        Set<String> files = new HashSet<>();
        Set<String> folders = new HashSet<>();
        for (String path : written) {
            String name = name(staging.relativize(staging.resolve(path).normalize()));
            files.add(name);
            for (int slash = name.lastIndexOf('/'); slash > 0; slash = name.lastIndexOf('/', slash - 1)) {
                if (!folders.add(name.substring(0, slash))) {
                    break;
                }
            }
        }
        Listing listed = listed();
        if (listed == null) { // the folder could not be listed meanwhile: it is read now
            sweep(staging, "", files, folders);
        } else {
            sweep(listed.folders(), "", files, folders);
        }
    }

    /**
     * The same sweep over the listing taken while the build ran. An entry it has is removed unless
     * the build wrote it, or made it a folder of what it wrote; a folder that was not a real one
     * when listed (a link, a file) and is one now was made by the build and holds only its files.
     */
    private static void sweep(Map<String, List<Entry>> listed, String prefix, Set<String> files, Set<String> folders) throws IOException {
        for (Entry entry : listed.getOrDefault(prefix, List.of())) {
            if (files.contains(entry.name())) {
                continue;
            }
            if (folders.contains(entry.name())) {
                if (entry.folder()) {
                    sweep(listed, entry.name() + "/", files, folders);
                }
                continue;
            }
            OutputTree.deleteTree(entry.path());
        }
    }

    private static void sweep(Path folder, String prefix, Set<String> files, Set<String> folders) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String path = prefix + Normalizer.normalize(entry.getFileName().toString(), Normalizer.Form.NFC);
                if (files.contains(path)) {
                    continue;
                }
                if (folders.contains(path) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    sweep(entry, path + "/", files, folders);
                } else {
                    OutputTree.deleteTree(entry);
                }
            }
        }
    }

    private static String name(Path relative) {
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(part);
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }
}
