package org.powerofwe.build.cache;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.powerofwe.model.Page;

/**
 * The hash of each page file's bytes, noted as the file is read, with the very body text decoded
 * from them. A body's key then hashes those bytes, already in hand, instead of encoding its text
 * to UTF-8 again: at 10,000 pages that encoding, a byte-by-byte loop under C1, was most of the time
 * spent on keys. The hash stands for a body only while the page holds that same text object; a
 * page read again (a save seen by the running generator) or a text made otherwise is keyed on its
 * text, as before.
 */
public final class SourceDigests {

    private record Source(String body, String digest) {
    }

    private final Map<String, Source> byFile = new ConcurrentHashMap<>();

    /** Notes that {@code page}'s body was decoded from {@code bytes}, its file's content. */
    public void note(Page page, byte[] bytes) {
        byFile.put(page.file(), new Source(page.body(), Fingerprint.start().add("source bytes").add(bytes).hex()));
    }

    /** Forgets every file, before the content is read again. */
    public void clear() {
        byFile.clear();
    }

    /** The hash of the bytes {@code page}'s body was decoded from, if it was noted for this very text. */
    Optional<String> of(Page page) {
        Source source = byFile.get(page.file());
        return source != null && source.body() == page.body() ? Optional.of(source.digest()) : Optional.empty();
    }
}
