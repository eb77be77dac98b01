package org.powerofwe.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.powerofwe.config.ProjectLayout;

/**
 * Refuses output folders a build must never replace: the project itself, its sources, any folder
 * that contains them, a folder inside the sources, and a non-empty folder that is not a previous
 * build of ours (so a mistyped {@code --output ~/Documents} deletes nothing).
 */
public final class OutputGuard {

    /** The file that marks a folder as a site build, written at the root of every output. */
    public static final String MARKER = ".power-of-we-build";

    private OutputGuard() {
    }

    /** Returns why {@code output} cannot be used, or empty when it is safe. */
    public static Optional<String> refusal(Path output, ProjectLayout layout) {
        Path target = canonical(output);
        Path root = canonical(layout.root());
        List<Path> protectedPaths = List.of(root, canonical(layout.contentDir()), canonical(layout.themesDir()),
                canonical(layout.root().resolve("generator")), canonical(layout.root().resolve(".git")));
        for (Path source : protectedPaths) {
            if (source.startsWith(target)) {
                return Optional.of("the output folder " + output + " is or contains the project's sources (" + source.getFileName() + ")");
            }
        }
        for (Path source : protectedPaths.subList(1, protectedPaths.size())) {
            if (target.startsWith(source)) {
                return Optional.of("the output folder " + output + " is inside " + root.relativize(source) + "/, which holds sources");
            }
        }
        if (target.getParent() == null) {
            return Optional.of("the output folder cannot be the root of the file system");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return Optional.of(output + " exists and is not a folder");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
            return Optional.of("the output folder " + output + " already holds files that were not written by a site build");
        }
        return Optional.empty();
    }

    /** Resolves symbolic links in the existing part of the path, so a link cannot disguise a source folder. */
    static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        Path rest = absolute.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
