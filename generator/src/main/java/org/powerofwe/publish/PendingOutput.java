package org.powerofwe.publish;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of a partial build, held until it is known whether the build can be finished from the
 * previous output: each written file's bytes, each copied file's source. {@link #writeInto} then
 * hands them to the real output.
 */
public final class PendingOutput implements OutputSink {

    /** A file of the build: its bytes, or the file it is copied from. */
    private sealed interface File permits Bytes, Copy {
    }

    private record Bytes(byte[] content) implements File {
    }

    private record Copy(Path source) implements File {
    }

    /** Each file by path; the last call for a path wins. */
    private final Map<String, File> files = new ConcurrentHashMap<>();

    @Override
    public void write(String relativePath, byte[] content) {
        files.put(relativePath, new Bytes(content));
    }

    @Override
    public void copy(Path source, String relativePath) {
        files.put(relativePath, new Copy(source));
    }

    /** The paths written or copied. */
    public Set<String> paths() {
        return Set.copyOf(files.keySet());
    }

    /** The source a path is copied from, if it is copied (not written). */
    public Optional<Path> copySource(String relativePath) {
        return files.get(relativePath) instanceof Copy copy ? Optional.of(copy.source()) : Optional.empty();
    }

    /** Writes or copies every file into {@code out}, except those in {@code skipped}. */
    public void writeInto(OutputSink out, Set<String> skipped) {
        files.forEach((path, file) -> {
            if (skipped.contains(path)) {
                return;
            }
            if (file instanceof Bytes bytes) {
                out.write(path, bytes.content());
            } else if (file instanceof Copy copy) {
                out.copy(copy.source(), path);
            }
        });
    }
}
