package org.powerofwe.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.powerofwe.config.ProjectLayout;

/**
 * Keeps the source text of each revision a translation was made from, in
 * {@code content/.translation-sources/<revision>.md}, so that when the source changes a translator
 * can see which paragraphs changed, even in a fresh clone without history. Texts kept by earlier
 * versions in {@code translation-sources/} are still read, and moved into {@code content/} by the
 * next command that stores a text.
 */
public final class TranslationMemory {

    private static final Pattern REVISION = Pattern.compile("[0-9a-f]{12}");

    private final Path dir;
    private final Path legacy;

    public TranslationMemory(Path dir, Path legacy) {
        this.dir = dir;
        this.legacy = legacy;
    }

    public TranslationMemory(Path dir) {
        this(dir, dir);
    }

    public static TranslationMemory of(ProjectLayout layout) {
        return new TranslationMemory(layout.translationSourcesDir(), layout.legacyTranslationSourcesDir());
    }

    /** Stores the normalised source text under its revision (once), moving texts stored in the old folder along. */
    public void remember(String revision, String normalisedText) throws IOException {
        migrate();
        Path file = file(dir, revision);
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
        return read(file(dir, revision)).or(() -> read(file(legacy, revision)));
    }

    /** Whether the text of a revision is stored. */
    public boolean has(String revision) {
        return REVISION.matcher(revision).matches()
                && (Files.isRegularFile(file(dir, revision)) || Files.isRegularFile(file(legacy, revision)));
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Moves the texts of the old folder into the new one; the old folder goes once it is empty. */
    private void migrate() throws IOException {
        if (legacy.equals(dir) || !Files.isDirectory(legacy)) {
            return;
        }
        Files.createDirectories(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(legacy, "*.md")) {
            for (Path file : old) {
                String name = file.getFileName().toString();
                if (REVISION.matcher(name.substring(0, name.length() - 3)).matches()) {
                    Path target = dir.resolve(name);
                    if (Files.exists(target)) {
                        Files.delete(file);
                    } else {
                        Files.move(file, target);
                    }
                }
            }
        }
        try (DirectoryStream<Path> rest = Files.newDirectoryStream(legacy)) {
            if (!rest.iterator().hasNext()) {
                Files.delete(legacy);
            }
        }
    }

    private static Path file(Path folder, String revision) {
        if (!REVISION.matcher(revision).matches()) {
            throw new IllegalArgumentException("not a revision: " + revision);
        }
        return folder.resolve(revision + ".md");
    }
}
