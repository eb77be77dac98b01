package org.powerofwe.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Processed images and drawn cards kept between builds (and between saves in the preview), one
 * folder per key. A key is a hash of everything that makes the files (source bytes and settings),
 * so an entry never goes stale: a changed photo simply gets a new key. Entries are written to a
 * temporary folder and moved into place, so an interrupted build never leaves half an entry.
 */
public final class ImageCache {

    private static final String MANIFEST = "manifest.txt";

    private final Path root;

    public ImageCache(Path root) {
        this.root = root;
    }

    /** A hash of the given parts, hex-encoded, used as a key and in published file names. */
    public static String key(byte[] bytes, String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            for (String part : parts) {
                digest.update((byte) 0);
                digest.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The processed image under this key, if a complete entry exists. */
    Optional<ProcessedImage> find(String key) {
        Path dir = root.resolve(key);
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            String[] size = lines.get(0).split(" ");
            List<ProcessedImage.Variant> variants = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(" ");
                Path file = dir.resolve(f[3]);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                variants.add(new ProcessedImage.Variant(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), file));
            }
            return Optional.of(new ProcessedImage(key, Integer.parseInt(size[0]), Integer.parseInt(size[1]), variants));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A file kept under this key (a social card), if present. */
    Optional<Path> findFile(String key, String name) {
        Path file = root.resolve(key).resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Keeps the files of a processed image; returns the entry as read back from the cache. */
    ProcessedImage store(String key, int width, int height, List<Encoded> files) throws IOException {
        StringBuilder manifest = new StringBuilder(width + " " + height + "\n");
        Map<String, byte[]> contents = new java.util.LinkedHashMap<>();
        for (Encoded e : files) {
            String name = e.width() + "." + e.extension();
            contents.put(name, e.bytes());
            manifest.append(e.extension()).append(' ').append(e.width()).append(' ').append(e.height()).append(' ').append(name).append('\n');
        }
        contents.put(MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
        place(key, contents);
        return find(key).orElseThrow(() -> new IOException("the image cache at " + root + " cannot be read back"));
    }

    /** Keeps one file under this key (a social card); returns where it is. */
    Path storeFile(String key, String name, byte[] bytes) throws IOException {
        place(key, Map.of(name, bytes));
        return root.resolve(key).resolve(name);
    }

    /** An encoded file before it is kept. */
    record Encoded(String extension, int width, int height, byte[] bytes) {
    }

    private void place(String key, Map<String, byte[]> contents) throws IOException {
        Files.createDirectories(root);
        Path target = root.resolve(key);
        if (Files.isDirectory(target)) {
            return;
        }
        Path temp = Files.createTempDirectory(root, ".tmp-");
        for (Map.Entry<String, byte[]> e : contents.entrySet()) {
            Files.write(temp.resolve(e.getKey()), e.getValue());
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        } catch (FileSystemException e) {
            // Another thread or process kept the same entry first (Linux reports renaming onto a
            // full folder as a plain FileSystemException, "Directory not empty"): entries are named
            // by their content, so theirs is as good as ours.
            deleteQuietly(temp);
            if (!Files.isDirectory(target)) {
                throw e;
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A leftover temporary folder is harmless: it is never read.
        }
    }
}
