package org.powerofwe.cli;

import picocli.CommandLine.Command;

/** The {@code site} command: one launcher whose sub-commands are the jobs staff run. */
@Command(name = "./site",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds and previews the multilingual Power of We site from content/ and site-config.yml.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class, TranslationsCommand.class, SchemasCommand.class, DaemonCommand.class},
        footer = {"", "Run './site <command> --help' for the options of a command."})
public final class SiteCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Whether problems are also printed as GitHub Actions annotations (set by {@link Main}). */
    boolean annotations;

    /** Whether a long build may show a progress line (set by {@link Main} from its console). */
    boolean progress;

    /** The running generator's kept builds (set by {@link Main} from its console); null in a new process. */
    org.powerofwe.build.KeptBuilds keptBuilds;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
