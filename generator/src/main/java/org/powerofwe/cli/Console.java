package org.powerofwe.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.powerofwe.daemon.Terminal;
import org.powerofwe.diag.Problem;

/**
 * Where the command line writes: results to standard output, problems to standard error, always
 * in UTF-8 so accented names print correctly whatever the terminal's locale.
 */
public final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean annotations;
    private final boolean progress;
    private final int helpWidth;
    /** The running generator's kept builds; null in a new process. */
    private final org.powerofwe.build.KeptBuilds keptBuilds;

    /** The width help is wrapped to when the terminal's is unknown, and picocli's narrowest. */
    static final int DEFAULT_WIDTH = 80;
    static final int MIN_WIDTH = 55;
    static final int MAX_WIDTH = 240;

    public Console(PrintWriter out, PrintWriter err) {
        this(out, err, false);
    }

    /**
     * @param annotations also print each problem as a GitHub Actions workflow command, so it shows
     *                    on the pull request's line
     */
    public Console(PrintWriter out, PrintWriter err, boolean annotations) {
        this(out, err, annotations, false);
    }

    /**
     * @param progress whether a long build may show its progress line (standard error is a
     *                 terminal, outside CI); the running generator passes its client's answer
     */
    public Console(PrintWriter out, PrintWriter err, boolean annotations, boolean progress) {
        this(out, err, annotations, progress, DEFAULT_WIDTH, null);
    }

    private Console(PrintWriter out, PrintWriter err, boolean annotations, boolean progress, int helpWidth,
            org.powerofwe.build.KeptBuilds keptBuilds) {
        this.out = out;
        this.err = err;
        this.annotations = annotations;
        this.progress = progress;
        this.helpWidth = helpWidth;
        this.keptBuilds = keptBuilds;
    }

    /** This console, for a terminal {@code columns} wide (the help is wrapped to it). */
    public Console withHelpWidth(int columns) {
        return new Console(out, err, annotations, progress, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, columns)), keptBuilds);
    }

    /** This console, for a command of the running generator, whose builds start from {@code kept}. */
    public Console withKeptBuilds(org.powerofwe.build.KeptBuilds kept) {
        return new Console(out, err, annotations, progress, helpWidth, kept);
    }

    /** The running generator's kept builds; empty in a new process. */
    public java.util.Optional<org.powerofwe.build.KeptBuilds> keptBuilds() {
        return java.util.Optional.ofNullable(keptBuilds);
    }

    /**
     * The width of the terminal from {@code COLUMNS} (which the ./site launcher sets from the
     * terminal's size), or {@link #DEFAULT_WIDTH} when it is unknown or not a number.
     */
    static int columns(String value) {
        try {
            return value == null || value.isBlank() ? DEFAULT_WIDTH : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** How wide help text may be. */
    public int helpWidth() {
        return helpWidth;
    }

    public static Console system() {
        return new Console(
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true),
                "true".equals(System.getenv("GITHUB_ACTIONS")), progressShown(Terminal.standardError(), System.getenv()))
                .withHelpWidth(columns(System.getenv("COLUMNS")));
    }

    /** Whether a progress line may be shown: on a terminal, outside CI and GitHub Actions. */
    static boolean progressShown(boolean terminal, java.util.Map<String, String> env) {
        return terminal && !"true".equals(env.get("CI")) && env.get("GITHUB_ACTIONS") == null;
    }

    /** The console picocli was given for this command (so tests can capture output). */
    static Console of(picocli.CommandLine.Model.CommandSpec spec) {
        SiteCommand site = spec.root().userObject() instanceof SiteCommand s ? s : null;
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), site != null && site.annotations,
                site != null && site.progress);
        return site != null && site.keptBuilds != null ? console.withKeptBuilds(site.keptBuilds) : console;
    }

    public boolean annotations() {
        return annotations;
    }

    public boolean progress() {
        return progress;
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
        if (annotations) {
            problems.forEach(p -> out.println(annotation(p)));
            out.flush();
        }
    }

    /** The GitHub Actions workflow command for a problem: {@code ::error file=…,line=…,col=…::message}. */
    static String annotation(Problem problem) {
        String message = problem.message() + (problem.hint().isEmpty() ? "" : "\n" + problem.hint());
        return "::" + problem.severity().label() + " file=" + property(problem.pos().file()) + ",line=" + problem.pos().line()
                + ",col=" + problem.pos().column() + "::" + data(message);
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
