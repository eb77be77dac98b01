package org.powerofwe.cli;

import java.io.PrintWriter;
import org.powerofwe.build.Progress;

/**
 * Shows a long build's progress on one line of a terminal ("Rendering pages 1,200/3,000"),
 * rewritten at most ten times a second and cleared at the end. Not used in CI or when output is
 * redirected, where the summary alone is printed.
 */
final class TerminalProgress implements Progress {

    private final PrintWriter err;
    private volatile String stage = "";
    private volatile long lastPrint;
    private int width;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A progress line on a real terminal outside CI, or nothing. */
    static Progress forTerminal(Console console) {
        return console.progress() ? new TerminalProgress(console.err()) : Progress.NONE;
    }

    @Override
    public void stage(String name) {
        stage = name;
        show(name + "…", true);
    }

    @Override
    public void page(int done, int total) {
        long now = System.nanoTime();
        if (now - lastPrint > 100_000_000L || done == total) {
            show(String.format("%s %,d/%,d", stage, done, total), done == total);
        }
    }

    private synchronized void show(String text, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastPrint < 100_000_000L) {
            return;
        }
        lastPrint = now;
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        width = text.length();
        err.flush();
    }

    /** Clears the progress line before the summary is printed. */
    synchronized void clear() {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
    }

    static void clear(Progress progress) {
        if (progress instanceof TerminalProgress terminal) {
            terminal.clear();
        }
    }
}
