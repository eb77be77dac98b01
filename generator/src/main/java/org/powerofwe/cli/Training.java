package org.powerofwe.cli;

/**
 * The workload the launcher records the ahead-of-time cache from (JDK 25 or later; {@code ./site}
 * and {@code bench/run}): three builds of the project in one process. The first renders every
 * page without the build cache, so that the Markdown and template code is recorded; the next two
 * use the cache, so that what a cache-warm build runs (entries read, pages copied whole, the
 * build before last reused) is recorded too. Recorded from one cold build only, the cache left
 * out some 50 classes and call sites a warm build needs, and an edited 10,000-page build took
 * 2.53 s instead of 2.35 s from start to end (medians of 8 alternated builds).
 *
 * <p>Run as {@code java -XX:AOTCacheOutput=... -cp site.jar org.powerofwe.cli.Training
 * <project> <output>}, the class path the launcher's commands use. Problems in the content do not
 * stop it; it prints nothing the launcher shows.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java -cp site.jar org.powerofwe.cli.Training <project folder> <output folder>");
            System.exit(ExitCodes.USAGE);
        }
        train(Console.system(), args[0], args[1]);
        System.exit(0);
    }

    /** Runs the three builds of {@code project} into {@code output}; returns the last one's exit code. */
    static int train(Console console, String project, String output) {
        Main.run(console, "build", "-q", "--no-cache", "--source", project, "--output", output);
        Main.run(console, "build", "-q", "--source", project, "--output", output);
        return Main.run(console, "build", "-q", "--source", project, "--output", output);
    }
}
