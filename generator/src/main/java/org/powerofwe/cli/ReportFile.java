package org.powerofwe.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.powerofwe.config.ProjectLayout;

/**
 * A file a command writes a report into ({@code translations --output}): never a source of the
 * project, never a folder, and written whole or not at all (through a temporary file moved into
 * place, so a link or a failure cannot damage what the name pointed to).
 */
final class ReportFile {

    /** The project's sources by name, protected even where git is not installed. */
    static final List<String> SOURCES = List.of(ProjectLayout.CONFIG_FILE, "content", "themes", "generator",
            "translation-sources", "docs", "scripts", "bench", ".git", ".github", ".ci", "pom.xml", "site", "README.md");

    private ReportFile() {
    }

    /** Why {@code file} cannot receive a report, in words, or empty when it can. */
    static Optional<String> refusal(Path file, ProjectLayout layout) {
        Path target = canonical(file);
        Path root = canonical(layout.root());
        for (String source : SOURCES) {
            Path protectedPath = root.resolve(source);
            if (target.startsWith(protectedPath)) {
                return Optional.of(file + " is " + (target.equals(protectedPath) ? "" : "inside ") + "the project's "
                        + source + (target.equals(protectedPath) ? "" : "/") + ", a source that only its own commands may change");
            }
        }
        for (String published : List.of("public", ".public.builds")) {
            if (target.startsWith(root.resolve(published)) || target.startsWith(canonical(layout.root().resolve(published)))) {
                return Optional.of(file + " is inside the published site, which only ./site build writes");
            }
        }
        if (Files.isDirectory(target)) {
            return Optional.of(file + " is a folder; give the name of a file to write, such as " + file.resolve("translations.txt"));
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            return Optional.of(file + " is not a regular file");
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.of("the folder " + file.toAbsolutePath().normalize().getParent() + " does not exist");
        }
        if (Files.exists(target) && trackedByGit(target)) {
            return Optional.of(file + " is a file under version control; writing the report there would overwrite it");
        }
        return Optional.empty();
    }

    /** Writes {@code text} whole: into a temporary file beside {@code file}, then moved over it. */
    static void write(Path file, String text) throws IOException {
        Path target = canonical(file);
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The path with every link resolved, in its existing part, so a link cannot disguise a source. */
    static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    /** Whether git knows the file; false when git is missing or the file is outside a repository. */
    private static boolean trackedByGit(Path file) {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "--error-unmatch", "--", file.getFileName().toString())
                    .directory(file.getParent().toFile()).redirectErrorStream(true).start();
            git.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!git.waitFor(10, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return false;
            }
            return git.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
