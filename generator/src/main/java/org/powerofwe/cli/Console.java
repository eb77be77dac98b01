package org.powerofwe.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.powerofwe.diag.Problem;

/**
 * Where the command line writes: results to standard output, problems to standard error, always
 * in UTF-8 so accented names print correctly whatever the terminal's locale.
 */
public final class Console {

    private final PrintWriter out;
    private final PrintWriter err;

    public Console(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public static Console system() {
        return new Console(
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
    }

    /** The console picocli was given for this command (so tests can capture output). */
    static Console of(picocli.CommandLine.Model.CommandSpec spec) {
        return new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** Prints every problem as {@code path:line:column: severity: message}, with its hint. */
    public void problems(List<Problem> problems) {
        problems.forEach(p -> err.println(p.format()));
        err.flush();
    }
}
