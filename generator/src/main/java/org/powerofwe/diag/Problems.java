package org.powerofwe.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects every problem of a run, from any thread, so that staff see all of them at once instead
 * of fixing one, rebuilding and meeting the next.
 */
public final class Problems {

    private final Queue<Problem> collected = new ConcurrentLinkedQueue<>();

    public void add(Problem problem) {
        collected.add(problem);
    }

    public void addAll(Iterable<Problem> problems) {
        problems.forEach(this::add);
    }

    public void error(SourcePos pos, String message) {
        error(pos, message, "");
    }

    public void error(SourcePos pos, String message, String hint) {
        add(new Problem(pos, Severity.ERROR, message, hint));
    }

    public void warning(SourcePos pos, String message) {
        warning(pos, message, "");
    }

    public void warning(SourcePos pos, String message, String hint) {
        add(new Problem(pos, Severity.WARNING, message, hint));
    }

    public boolean hasErrors() {
        return collected.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return collected.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return collected.stream().filter(p -> !p.isError()).count();
    }

    public boolean isEmpty() {
        return collected.isEmpty();
    }

    /** Returns the problems in reading order, without duplicates. */
    public List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(collected.stream().distinct().toList());
        list.sort(Problem.READING_ORDER);
        return List.copyOf(list);
    }
}
