package org.powerofwe.cli;

/** The exit codes of the {@code site} command, named so scripts and tests can rely on them. */
public final class ExitCodes {

    /** Everything went well. */
    public static final int OK = 0;
    /** The content, configuration or theme has errors; the messages say where. */
    public static final int CONTENT_ERRORS = 1;
    /** The command line itself was wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** The preview server's port is taken by another program. */
    public static final int PORT_IN_USE = 3;
    /** The generator needed more memory than the JVM may use; the message says how to give it more. */
    public static final int OUT_OF_MEMORY = 4;
    /** A bug in the generator; the message asks for a report. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
