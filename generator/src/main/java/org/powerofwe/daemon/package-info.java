/**
 * The running generator (a build daemon, like Gradle's): a generator process that stays up for
 * one project and one user, so that {@code ./site build} and {@code ./site check} start warm
 * instead of paying for a new JVM's warm-up each time.
 *
 * <p>{@link org.powerofwe.daemon.DaemonServer} listens on a Unix domain socket in a folder only
 * the user can open ({@link org.powerofwe.daemon.DaemonAddress}), runs one command at a time
 * through a runner the command line gives it, streams its output back and returns its exit code;
 * it ends itself after a quiet period. {@link org.powerofwe.daemon.DaemonClient} is the
 * launcher's small entry point: it loads no picocli and no stage of the pipeline, hands the
 * command to a running generator of the same identity ({@link org.powerofwe.daemon.Identity}),
 * and otherwise tells the launcher to build in a new process. {@link org.powerofwe.daemon.Terminal}
 * tells the client, and the command line, whether standard error is a terminal.
 *
 * <p>May touch: the socket folder and its files, the socket. Never reads or writes content,
 * theme or output: the commands it runs do. It does not depend on the cli package (the runner is
 * passed in); only {@code DaemonClient}, as a program's entry point, prints and exits.
 */
package org.powerofwe.daemon;
