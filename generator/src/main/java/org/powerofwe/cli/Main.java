package org.powerofwe.cli;

import picocli.CommandLine;

/** Entry point of the {@code site} command. */
public final class Main {

    /** Memory kept aside while a command runs, freed to report that it ran out. */
    private static volatile byte[] reserve;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Console.system(), args));
    }

    /** Runs the command line with the given console; returns the exit code. */
    public static int run(Console console, String... args) {
        SiteCommand site = new SiteCommand();
        site.annotations = console.annotations();
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
        commandLine.getCommandSpec().usageMessage().width(100);
        // Written before the build starts, and a little memory kept aside, so that saying the
        // build ran out of memory does not itself need memory the build may have taken.
        String outOfMemory = "error: the generator ran out of memory (it may use at most "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)" + System.lineSeparator()
                + "    hint: the published site was not changed; give the generator more memory, for example"
                + " SITE_JAVA_OPTS='-XX:+UseParallelGC -Xmx4g -Xss4m' ./site " + String.join(" ", args);
        reserve = new byte[256 * 1024];
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            reserve = null;
            // Everything the build held is unreachable once its stack has unwound to here.
            console.err().println(outOfMemory);
            console.err().flush();
            return ExitCodes.OUT_OF_MEMORY;
        }
    }
}
