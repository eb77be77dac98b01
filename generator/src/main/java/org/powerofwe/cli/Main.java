package org.powerofwe.cli;

import java.util.List;
import picocli.CommandLine;

/** Entry point of the {@code site} command. */
public final class Main {

    /** Memory kept aside while a command runs, freed to report that it ran out. */
    private static volatile byte[] reserve;

    private Main() {
    }

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler(QUIET_OUT_OF_MEMORY);
        System.exit(run(Console.system(), args));
    }

    /**
     * Keeps a worker thread that ran out of memory from printing a Java stack trace: the command
     * then runs out of memory too and says so in words ({@link #outOfMemoryMessage}), and that is
     * what staff should read. Once memory ran out anywhere in the process, what other threads
     * leave uncaught after it is its consequence (a class whose initialisation it broke: "Could
     * not initialize class") and stays quiet too. Anything else is printed as Java prints it.
     */
    static final QuietOutOfMemory QUIET_OUT_OF_MEMORY = new QuietOutOfMemory();

    static final class QuietOutOfMemory implements Thread.UncaughtExceptionHandler {
        private volatile boolean ranOut;

        /** Says that the process ran out of memory (the command said so in words). */
        void ranOutOfMemory() {
            ranOut = true;
        }

        @Override
        public void uncaughtException(Thread thread, Throwable failure) {
            if (failure instanceof OutOfMemoryError) {
                ranOut = true;
            } else if (!ranOut) {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                failure.printStackTrace();
            }
        }
    }

    /** Runs the command line with the given console; returns the exit code. */
    public static int run(Console console, String... args) {
        return execute(console, null, args);
    }

    /**
     * Runs the command line for the running generator's client: {@code siteSource} is the
     * client's {@code SITE_SOURCE} (null when unset), the default of {@code --source} in place of
     * this process's own.
     */
    public static int run(Console console, String siteSource, boolean forClient, String... args) {
        return execute(console, forClient ? (siteSource == null || siteSource.isEmpty() ? "." : siteSource) : null, args);
    }

    private static int execute(Console console, String sourceDefault, String[] args) {
        SiteCommand site = new SiteCommand();
        site.annotations = console.annotations();
        site.progress = console.progress();
        site.keptBuilds = console.keptBuilds().orElse(null);
        CommandLine commandLine = new CommandLine(site)
                .setOut(console.out())
                .setErr(console.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    console.err().println("internal error: " + e);
                    console.err().println("    hint: this is a bug in the generator, not in your content; please report it with this message");
                    console.err().flush();
                    return ExitCodes.INTERNAL;
                });
        HelpWrapping.apply(commandLine, console.helpWidth());
        if (sourceDefault != null) {
            commandLine.setDefaultValueProvider(arg -> arg instanceof picocli.CommandLine.Model.OptionSpec option
                    && option.longestName().equals("--source") ? sourceDefault : null);
        }
        // Written before the build starts, and a little memory kept aside, so that saying the
        // build ran out of memory does not itself need memory the build may have taken.
        String outOfMemory = null;
        try {
            outOfMemory = outOfMemoryMessage(Runtime.getRuntime().maxMemory(), args);
            reserve = new byte[256 * 1024];
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            reserve = null;
            QUIET_OUT_OF_MEMORY.ranOutOfMemory();
            // Everything the build held is unreachable once its stack has unwound to here; with a
            // heap too small even to start, the message is written now.
            console.err().println(outOfMemory != null ? outOfMemory : outOfMemoryMessage(Runtime.getRuntime().maxMemory(), args));
            console.err().flush();
            return ExitCodes.OUT_OF_MEMORY;
        } catch (StackOverflowError e) {
            // Reached only when no stage could place the failure at a file; said in words all the same.
            console.err().println("error: " + org.powerofwe.build.BuildFailure.problem(e, "").message());
            console.err().println("    hint: undo the last change to the content or theme; nothing was published and the previous site is unchanged");
            console.err().flush();
            return ExitCodes.CONTENT_ERRORS;
        }
    }

    /**
     * What staff read when a command ran out of memory: the limit, and the launcher command that
     * runs it again with twice as much (the launcher's other options kept).
     */
    static String outOfMemoryMessage(long maxHeapBytes, String... args) {
        long limitMb = maxHeapBytes / (1024 * 1024);
        long suggestedGb = Math.max(2, (2 * limitMb + 1023) / 1024);
        boolean serve = List.of(args).contains("serve");
        boolean build = !serve && List.of(args).contains("build");
        String options = (serve ? "-XX:+UseParallelGC" : "-XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1") + " -Xmx" + suggestedGb + "g -Xss4m";
        return "error: the generator ran out of memory (it may use at most " + limitMb + " MB)" + System.lineSeparator()
                + "    hint: " + (build ? "the published site was not changed; " : "")
                + "give the generator more memory: SITE_JAVA_OPTS='" + options + "' ./site " + String.join(" ", args);
    }
}
