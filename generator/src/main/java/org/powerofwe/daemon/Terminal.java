package org.powerofwe.daemon;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells whether standard error is a terminal, where a progress line may be rewritten with
 * carriage returns; anywhere else (a file, a pipe, a CI log) they would pile up as noise.
 *
 * <p>{@code System.console() != null} alone does not say it: the JDK looks at standard input
 * and output, never at standard error ({@code ./site build 2> build.log} on a terminal has a
 * console), and from JDK 22 its console may exist even when nothing is a terminal
 * ({@code Console.isTerminal()} then says so). On Linux the file standard error is open on says
 * it exactly.
 */
public final class Terminal {

    private static final Path STANDARD_ERROR = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    /** Whether this process's standard error is a terminal. */
    public static boolean standardError() {
        return standardError(System.console(), openFile(STANDARD_ERROR));
    }

    /**
     * @param openFile what standard error is open on ({@code /dev/pts/3}, {@code pipe:[123]},
     *                 a file), when the system says
     */
    static boolean standardError(Console console, Optional<String> openFile) {
        return console != null && isTerminal(console) && openFile.map(Terminal::isTerminalDevice).orElse(true);
    }

    /** {@code Console.isTerminal()} from JDK 22; before it, a console exists only on a terminal. */
    private static boolean isTerminal(Console console) {
        Method isTerminal;
        try {
            isTerminal = Console.class.getMethod("isTerminal");
        } catch (NoSuchMethodException e) {
            return true;
        }
        try {
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    static boolean isTerminalDevice(String file) {
        return file.startsWith("/dev/pts/") || file.startsWith("/dev/tty") || file.equals("/dev/console");
    }

    /** Where a file descriptor's link under /proc points, or nothing outside Linux. */
    private static Optional<String> openFile(Path descriptor) {
        try {
            return Optional.of(Files.readSymbolicLink(descriptor).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }
}
