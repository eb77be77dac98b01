package org.powerofwe.build.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the cache from growing without bound: after a full build, the keys it used are written to
 * {@code used/<configuration>.keys}; only the newest few such lists are kept, and an entry named
 * in none of them is deleted (unless it is younger than a grace period: another process may have
 * just written it). The shards are swept at most once per grace period (as {@code git gc --auto}
 * runs only now and then): listing the tens of thousands of entries of the body and page caches
 * took about a quarter of a second of a 10,000-page build, and what a build leaves unused, the
 * next sweep deletes.
 */
final class CachePruner {

    /** In the folder of used keys, the file whose time is that of the last sweep of the shards. */
    static final String SWEPT = "swept";

    private final Path bodies;
    private final Path used;
    private final List<String> suffixes;

    /** Prunes the files named {@code <key><suffix>} in {@code bodies}'s shards, for each of {@code suffixes}. */
    CachePruner(Path bodies, Path used, String... suffixes) {
        this.bodies = bodies;
        this.used = used;
        this.suffixes = List.of(suffixes);
    }

    void prune(String context, Set<String> usedKeys, int keepConfigurations, Duration grace) throws IOException {
        Files.createDirectories(used);
        Path list = used.resolve(context + ".keys");
        Path temp = used.resolve(EntryFile.TEMP_PREFIX + context + "-" + ProcessHandle.current().pid());
        Files.write(temp, usedKeys.stream().sorted().toList(), StandardCharsets.US_ASCII);
        Files.move(temp, list, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        List<Path> lists = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(used, "*.keys")) {
            files.forEach(lists::add);
        }
        lists.sort(Comparator.comparing(CachePruner::modified).reversed());
        for (Path old : lists.subList(Math.min(keepConfigurations, lists.size()), lists.size())) {
            Files.deleteIfExists(old);
        }
        FileTime cutoff = FileTime.from(Instant.now().minus(grace));
        if (!Files.isDirectory(bodies)) {
            return;
        }
        Path swept = used.resolve(SWEPT);
        FileTime last = modified(swept);
        if (last.compareTo(cutoff) > 0 && last.toInstant().isBefore(Instant.now().plusSeconds(1))) {
            // Swept less than a grace period ago: what became unused since waits for the next sweep. A
            // time in the future (a clock set back, a cache copied from another machine) sweeps now.
            // The lists of the other configurations are read only for a sweep (tens of thousands of keys).
            return;
        }
        Files.write(swept, new byte[0]);
        Set<String> keep = new HashSet<>(usedKeys);
        for (Path kept : lists.subList(0, Math.min(keepConfigurations, lists.size()))) {
            keep.addAll(Files.readAllLines(kept, StandardCharsets.US_ASCII));
        }
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(bodies)) {
            for (Path shard : shards) {
                if (Files.isDirectory(shard)) {
                    pruneShard(shard, keep, cutoff);
                }
            }
        }
    }

    private void pruneShard(Path shard, Set<String> keep, FileTime cutoff) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String suffix = suffixes.stream().filter(name::endsWith).findFirst().orElse(null);
                boolean unused = suffix != null && !name.startsWith(EntryFile.TEMP_PREFIX)
                        ? !keep.contains(name.substring(0, name.length() - suffix.length()))
                        : name.startsWith(EntryFile.TEMP_PREFIX);
                if (unused && modified(file).compareTo(cutoff) < 0) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** When {@code file} was last written; the epoch when that cannot be read. */
    static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
