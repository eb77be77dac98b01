package org.powerofwe.publish;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of a partial build, held until it is known whether the build can be finished from the
 * previous output: each written file's bytes, each copied file's source. {@link #writeInto} then
 * hands them to the real output.
 */
public final class PendingOutput implements OutputSink {

    /** A file's bytes ({@code byte[]}) or the file it is copied from ({@code Path}); the last call wins. */
    private final Map<String, Object> files = new ConcurrentHashMap<>();

    @Override
    public void write(String relativePath, byte[] content) {
        files.put(relativePath, content);
    }

    @Override
    public void copy(Path source, String relativePath) {
        files.put(relativePath, source);
    }

    /** The paths written or copied. */
    public Set<String> paths() {
        return Set.copyOf(files.keySet());
    }

    /** The source a path is copied from, if it is copied (not written). */
    public java.util.Optional<Path> copySource(String relativePath) {
        return files.get(relativePath) instanceof Path source ? java.util.Optional.of(source) : java.util.Optional.empty();
    }

    /** Writes or copies every file into {@code out}, except those in {@code skipped}. */
    public void writeInto(OutputSink out, Set<String> skipped) {
        files.forEach((path, file) -> {
            if (skipped.contains(path)) {
                return;
            }
            if (file instanceof byte[] bytes) {
                out.write(path, bytes);
            } else {
                out.copy((Path) file, path);
            }
        });
    }
}
