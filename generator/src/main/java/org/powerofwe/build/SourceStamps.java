package org.powerofwe.build;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.powerofwe.config.ProjectLayout;

/**
 * The size, time and identity of every file a build reads (site-config.yml, content/, themes/, the
 * old translation-sources/), taken before the build reads them, so that the running generator
 * knows which files changed before its next build. A file modified within {@link #RACY} of the
 * moment the stamps were taken also has its content's digest kept, compared next time: a second
 * save in the same clock tick, with the same size, would otherwise go unseen (git's "racily
 * clean" files).
 */
final class SourceStamps {

    /** How close to the taking of the stamps a modification makes a file's stamp untrustworthy. */
    static final long RACY = 2_000_000_000L;

    private record Stamp(long size, long modified, Object identity) {
    }

    private final Map<Path, Stamp> stamps;
    /** The digest of each file modified just before the stamps were taken; empty when it could not be read. */
    private final Map<Path, Optional<String>> racy;

    private SourceStamps(Map<Path, Stamp> stamps, Map<Path, Optional<String>> racy) {
        this.stamps = stamps;
        this.racy = racy;
    }

    /** Stamps every file under the project's inputs now. */
    static SourceStamps take(ProjectLayout layout) throws IOException {
        long now = System.currentTimeMillis() * 1_000_000L;
        Map<Path, Stamp> stamps = new HashMap<>();
        Map<Path, Optional<String>> racy = new HashMap<>();
        SimpleFileVisitor<Path> visitor = new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                long modified = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
                stamps.put(file, new Stamp(attributes.size(), modified, attributes.fileKey()));
                if (modified > now - RACY) {
                    racy.put(file, digest(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                stamps.put(file, new Stamp(-1, -1, e.getClass().getName()));
                racy.put(file, Optional.empty());
                return FileVisitResult.CONTINUE;
            }
        };
        for (Path input : new Path[] {layout.configFile(), layout.contentDir(), layout.themesDir(), layout.legacyTranslationSourcesDir()}) {
            if (Files.exists(input)) {
                // Links are followed as the build follows them (a content folder kept in its own
                // checkout, a page file linking to another): the stamp is the file the build reads.
                Files.walkFileTree(input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
            }
        }
        return new SourceStamps(stamps, racy);
    }

    /** The files added, removed or changed since {@code before} was taken (absolute paths). */
    Set<Path> changedSince(SourceStamps before) {
        Set<Path> changed = new HashSet<>();
        stamps.forEach((file, stamp) -> {
            if (!Objects.equals(before.stamps.get(file), stamp)
                    || before.racy.containsKey(file) && (before.racy.get(file).isEmpty() || !before.racy.get(file).equals(digest(file)))) {
                changed.add(file);
            }
        });
        before.stamps.keySet().stream().filter(file -> !stamps.containsKey(file)).forEach(changed::add);
        return changed;
    }

    /** The SHA-256 of a file's bytes; a file that cannot be read has none (and counts as changed). */
    private static Optional<String> digest(Path file) {
        try {
            return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }
}
