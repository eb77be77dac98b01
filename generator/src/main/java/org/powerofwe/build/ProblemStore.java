package org.powerofwe.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;

/**
 * The problems of a build session, kept per stage and per file, so that an incremental update
 * replaces exactly the problems of the files it read again and keeps the others.
 */
final class ProblemStore {

    /** The stages whose problems are kept per file. */
    enum Stage { CONFIG, LOAD, STRUCTURE, CONSISTENCY, TERMS, MARKDOWN, RENDER, PDF }

    private final Map<Stage, Map<String, List<Problem>>> byStage = new EnumMap<>(Stage.class);

    void clear() {
        byStage.clear();
    }

    /** Replaces every problem of a stage. */
    void replaceAll(Stage stage, Problems problems) {
        Map<String, List<Problem>> files = new HashMap<>();
        problems.sorted().forEach(p -> files.computeIfAbsent(p.pos().file(), f -> new ArrayList<>()).add(p));
        byStage.put(stage, files);
    }

    /** Replaces the problems of a stage for the given files only (those files now have exactly {@code problems}). */
    void replace(Stage stage, Collection<String> files, Problems problems) {
        Map<String, List<Problem>> stageFiles = byStage.computeIfAbsent(stage, s -> new HashMap<>());
        files.forEach(stageFiles::remove);
        problems.sorted().forEach(p -> stageFiles.computeIfAbsent(p.pos().file(), f -> new ArrayList<>()).add(p));
    }

    List<Problem> all() {
        Problems all = new Problems();
        byStage.values().forEach(files -> files.values().forEach(all::addAll));
        return all.sorted();
    }

    /** Whether a file has errors of a stage (a source page that is itself broken). */
    boolean hasErrors(Stage stage, String file) {
        return byStage.getOrDefault(stage, Map.of()).getOrDefault(file, List.of()).stream().anyMatch(Problem::isError);
    }

    /** The files that have errors of a stage, as {@link #hasErrors(Stage, String)} tells of each. */
    java.util.Set<String> filesWithErrors(Stage stage) {
        java.util.Set<String> files = new java.util.HashSet<>();
        byStage.getOrDefault(stage, Map.of()).forEach((file, found) -> {
            if (found.stream().anyMatch(Problem::isError)) {
                files.add(file);
            }
        });
        return files;
    }

    boolean hasErrors() {
        return byStage.values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream).anyMatch(Problem::isError);
    }
}
