package org.powerofwe.cli;

import picocli.CommandLine;

/** Entry point of the {@code site} command. */
public final class Main {

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
        return commandLine.execute(args);
    }
}
