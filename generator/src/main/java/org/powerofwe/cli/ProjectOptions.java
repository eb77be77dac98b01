package org.powerofwe.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option every command shares: which project to work on. */
final class ProjectOptions {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "${env:SITE_SOURCE:-.}",
            description = "Project folder holding site-config.yml (default: the current folder).")
    Path source;

    Path source() {
        return source.toAbsolutePath().normalize();
    }
}
