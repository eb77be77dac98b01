package org.powerofwe.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.powerofwe.build.Progress;

/** Measures how long each stage of a build takes ({@code site build --timings}), for the benchmark and for curiosity. */
final class StageTimings implements Progress {

    private final Progress next;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private String stage = "Starting";
    private long stageStart = start;

    StageTimings(Progress next) {
        this.next = next;
    }

    @Override
    public synchronized void stage(String name) {
        long now = System.nanoTime();
        millis.merge(stage, (now - stageStart) / 1_000_000, Long::sum);
        stage = name;
        stageStart = now;
        next.stage(name);
    }

    @Override
    public void page(int done, int total) {
        next.page(done, total);
    }

    synchronized void print(PrintWriter out) {
        stage("Done");
        out.println("Time per stage (since the generator started):");
        millis.forEach((name, ms) -> out.printf("  %-34s %7d ms%n", name, ms));
        out.printf("  %-34s %7d ms%n", "Total", (System.nanoTime() - start) / 1_000_000);
        out.flush();
    }
}
