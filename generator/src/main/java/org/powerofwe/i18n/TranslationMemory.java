package org.powerofwe.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps the source text of each revision a translation was made from, in
 * {@code translation-sources/<revision>.md}, so that when the source changes a translator can see
 * which paragraphs changed, even in a clone without history.
 */
public final class TranslationMemory {

    private static final Pattern REVISION = Pattern.compile("[0-9a-f]{12}");

    private final Path dir;

    public TranslationMemory(Path dir) {
        this.dir = dir;
    }

    /** Stores the normalised source text under its revision (once). */
    public void remember(String revision, String normalisedText) throws IOException {
        Path file = file(revision);
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            Files.writeString(file, normalisedText, StandardCharsets.UTF_8);
        }
    }

    /** The source text of a revision, if it was remembered. */
    public Optional<String> recall(String revision) {
        if (!REVISION.matcher(revision).matches()) {
            return Optional.empty();
        }
        try {
            Path file = file(revision);
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path file(String revision) {
        if (!REVISION.matcher(revision).matches()) {
            throw new IllegalArgumentException("not a revision: " + revision);
        }
        return dir.resolve(revision + ".md");
    }
}
