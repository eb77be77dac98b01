package org.powerofwe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file under a folder with its bytes (links as their target), so a test can assert that a
 * command changed nothing there: compare two snapshots with {@code assertEquals}.
 */
public final class TreeSnapshot {

    private TreeSnapshot() {
    }

    /** Path (relative, forward slashes) to content, for every entry under {@code root} except {@code skipped} names. */
    public static Map<String, String> of(Path root, String... skipped) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(path -> {
                String name = root.relativize(path).toString().replace('\\', '/');
                for (String skip : skipped) {
                    if (name.equals(skip) || name.startsWith(skip + "/")) {
                        return;
                    }
                }
                files.put(name, describe(path));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String describe(Path path) {
        try {
            if (Files.isSymbolicLink(path)) {
                return "-> " + Files.readSymbolicLink(path);
            }
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return "folder";
            }
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                return "special";
            }
            return Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(path))) + " " + Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
