package org.powerofwe.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks of the values given on the command line that picocli's types cannot express: each
 * failure is a usage error (exit 2) that names the option, the value and what is allowed.
 */
final class ArgumentChecks {

    /** Ports a preview may listen on (0 and negative numbers are not ports). */
    static final int MIN_PORT = 1;
    static final int MAX_PORT = 65_535;
    /** More worker threads than this only adds memory and switching on any machine we run on. */
    static final int MAX_THREADS = 64;
    /** Report years: UCLG was founded in 2004; a year past 2100 is a typing mistake. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private ArgumentChecks() {
    }

    /** Fails unless {@code min <= value <= max}. */
    static void inRange(CommandSpec spec, String option, long value, long min, long max, String what) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), "invalid value for " + option + ": " + value + " (" + what
                    + " from " + min + " to " + max + ")");
        }
    }

    static void port(CommandSpec spec, int port) {
        inRange(spec, "--port", port, MIN_PORT, MAX_PORT, "a port is a number");
    }

    static void threads(CommandSpec spec, int threads, boolean given) {
        if (given) {
            inRange(spec, "--threads", threads, 1, MAX_THREADS, "the number of worker threads is");
        }
    }

    static void year(CommandSpec spec, Integer year) {
        if (year != null) {
            inRange(spec, "--year", year, MIN_YEAR, MAX_YEAR, "a report's year is");
        }
    }

    /** Fails when an option that only makes sense with another one is given alone. */
    static void onlyWith(CommandSpec spec, boolean given, String option, boolean other, String otherOption) {
        if (given && !other) {
            throw new ParameterException(spec.commandLine(), option + " goes with " + otherOption);
        }
    }
}
