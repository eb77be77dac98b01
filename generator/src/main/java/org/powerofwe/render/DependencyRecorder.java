package org.powerofwe.render;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records which pages each rendered page read (titles, summaries, URLs of the pages it lists or
 * links), so that when a page's title changes only the pages that show it are rendered again, and
 * apart from that which pages' bodies it shows (their text, contents or word count), so that a
 * change of text renders again the few pages that show it. Each rendering thread records for the
 * page it is rendering.
 */
public final class DependencyRecorder {

    private final ThreadLocal<Set<String>> current = new ThreadLocal<>();
    private final Map<String, Set<String>> reads = new ConcurrentHashMap<>();

    /** Starts recording for the page published at {@code path}. */
    void begin(String path) {
        current.set(new HashSet<>());
    }

    /** Stops recording for {@code path} and keeps what it read. */
    void end(String path) {
        Set<String> read = current.get();
        current.remove();
        if (read != null) {
            read.remove(path);
            read.remove(BODY + path);
            reads.put(path, Set.copyOf(read));
        }
    }

    /** Notes that the page being rendered read the page published at {@code path}. */
    void read(String path) {
        Set<String> read = current.get();
        if (read != null) {
            read.add(path);
        }
    }

    /** Notes that the page being rendered shows the body of the page published at {@code path}. */
    void readBody(String path) {
        read(BODY + path);
    }

    /** Notes that the page being rendered shows the PDF of the report whose cover is published at {@code path} (its size, say). */
    void readDownload(String path) {
        read(DOWNLOAD + path);
    }

    /** Marks a path among a page's reads as a report's PDF ({@link #readDownload}). */
    public static final String DOWNLOAD = "PDF of ";

    /** Notes what the page published at {@code path} read when it was rendered by an earlier process (kept in the build cache). */
    public void recorded(String path, Set<String> read) {
        reads.put(path, Set.copyOf(read));
    }

    /** What the page published at {@code path} read when it was last rendered; empty when it was not. */
    public Set<String> readsOf(String path) {
        return reads.getOrDefault(path, Set.of());
    }

    /** Marks a path in {@link #readersOf}'s argument as a body: the readers of what the page's body shows. */
    public static final String BODY = "body of ";

    /**
     * The pages whose output shows something of one of {@code changed}: a path for what lists show
     * of a page (title, summary...), {@link #BODY} and a path for its body.
     */
    public Set<String> readersOf(Set<String> changed) {
        Set<String> readers = new HashSet<>();
        if (changed.isEmpty()) {
            return readers; // most saves change only text no other page shows: no need to look through every page
        }
        reads.forEach((reader, read) -> {
            for (String path : changed) {
                if (read.contains(path)) {
                    readers.add(reader);
                    break;
                }
            }
        });
        return readers;
    }

    public void forget(String path) {
        reads.remove(path);
    }
}
