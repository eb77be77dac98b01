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

    /**
     * The address the preview listens on: an IP address written as digits (0.0.0.0 for every
     * network), or localhost; never a name to look up.
     */
    static java.net.InetAddress host(CommandSpec spec, String host) {
        String literal = host.equals("localhost") ? "127.0.0.1" : host;
        boolean ipv4 = literal.matches("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
        boolean ipv6 = literal.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
        if (ipv4 || ipv6) {
            try {
                return java.net.InetAddress.getByName(literal);
            } catch (java.net.UnknownHostException e) {
                // Reported below.
            }
        }
        throw new ParameterException(spec.commandLine(), "invalid value for --host: '" + host
                + "' (an IP address: 0.0.0.0 for every network of this computer, or 127.0.0.1 for this computer only)");
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

    /** The content type a name stands for ({@code article}, {@code news}...), or a usage error suggesting one. */
    static org.powerofwe.content.PageScaffold.Type pageType(CommandSpec spec, String name) {
        return org.powerofwe.content.PageScaffold.Type.find(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown page type '" + name + "'" + org.powerofwe.diag.Suggestions.closest(name, org.powerofwe.content.PageScaffold.Type.allNames())
                        .map(c -> " (did you mean '" + c + "'?)").orElse("")
                        + "; the types (or their folder's name): " + org.powerofwe.content.PageScaffold.Type.listing()));
    }

    /** Fails when an option that only makes sense with another one is given alone. */
    static void onlyWith(CommandSpec spec, boolean given, String option, boolean other, String otherOption) {
        if (given && !other) {
            throw new ParameterException(spec.commandLine(), option + " goes with " + otherOption);
        }
    }
}
