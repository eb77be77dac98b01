package org.powerofwe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/** Finds the repository root from wherever Maven runs the tests, and copies the real project for tests that change it. */
public final class RepoPaths {

    /**
     * What a project is made of: everything {@code ./site} reads, nothing it writes. The stored
     * translation sources are in content/.translation-sources/; translation-sources/ is where
     * earlier versions kept them (still read, copied when present).
     */
    private static final List<String> PROJECT_PARTS = List.of("site-config.yml", "content", "themes", "translation-sources", "archetypes");

    private RepoPaths() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("site-config.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (site-config.yml) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Copies the real project (configuration, content, themes, translation snapshots) into {@code project}. */
    public static Path copyOfTheProject(Path project) {
        return copyOfTheProject(project, false);
    }

    /**
     * Copies the real project into {@code project}; {@code reversed} creates the files in the opposite order, so that
     * the file system lists directories differently from the original.
     */
    public static Path copyOfTheProject(Path project, boolean reversed) {
        for (String part : PROJECT_PARTS) {
            if (!Files.exists(root().resolve(part))) {
                continue;
            }
            copyTree(root().resolve(part), project.resolve(part), reversed);
        }
        return project;
    }

    /** Copies a file or a whole folder. */
    public static void copyTree(Path from, Path to) {
        copyTree(from, to, false);
    }

    private static void copyTree(Path from, Path to, boolean reversed) {
        try {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(from)) {
                files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            }
            if (reversed) {
                Collections.reverse(files);
            }
            for (Path source : files) {
                Path target = to.resolve(from.relativize(source).toString());
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.copy(source, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
