package org.powerofwe.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A site kept in memory, as the preview server serves it: each file is replaced whole (never
 * half-written), and only when its bytes changed, so a rebuild reports exactly what changed.
 */
public final class MemoryOutput implements OutputSink {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    @Override
    public void write(String relativePath, byte[] content) {
        byte[] previous = files.put(relativePath, content);
        if (previous == null || !Arrays.equals(previous, content)) {
            changed.add(relativePath);
        }
    }

    @Override
    public void copy(Path source, String relativePath) {
        try {
            write(relativePath, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<byte[]> read(String relativePath) {
        return Optional.ofNullable(files.get(relativePath));
    }

    public boolean contains(String relativePath) {
        return files.containsKey(relativePath);
    }

    /** Keeps only the given files (a full rebuild forgets pages that no longer exist). */
    public void retainOnly(Set<String> paths) {
        files.keySet().removeIf(p -> {
            boolean stale = !paths.contains(p);
            if (stale) {
                changed.add(p);
            }
            return stale;
        });
    }

    public Set<String> paths() {
        return Set.copyOf(files.keySet());
    }

    /** The files changed since the last call. */
    public Set<String> takeChanged() {
        Set<String> taken = Set.copyOf(changed);
        changed.removeAll(taken);
        return taken;
    }

    public int size() {
        return files.size();
    }
}
