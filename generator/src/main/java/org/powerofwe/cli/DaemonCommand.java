package org.powerofwe.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.powerofwe.build.KeptBuilds;
import org.powerofwe.daemon.BuildRequest;
import org.powerofwe.daemon.DaemonAddress;
import org.powerofwe.daemon.DaemonClient;
import org.powerofwe.daemon.DaemonServer;
import org.powerofwe.daemon.Identity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code site daemon}: shows or stops the project's running generator, the process that keeps
 * the generator warm between builds (like {@code gradle --status} and {@code --stop}). The
 * launcher starts it with {@code --run} after a build in a new process, and with {@code serve}.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = {"Shows or stops this project's running generator. After a first build,",
                "./site build and ./site check hand their work to a generator process that",
                "stays up, already warm, so they take seconds instead of many. It stops after",
                "30 minutes without a command (SITE_DAEMON_IDLE_MINUTES); only you can reach it.",
                "Turned off by --no-daemon on a command, SITE_DAEMON=0, or CI=true."})
final class DaemonCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @Option(names = "--status", description = "Say whether a generator is running for this project (the default).")
    boolean status;

    @Option(names = "--stop", description = "Stop the project's running generator.")
    boolean stop;

    @Option(names = "--run", hidden = true, description = "Be the running generator of the command after --.")
    boolean run;

    @Option(names = "--no-warm-up", hidden = true, description = "Do not check the site once before listening.")
    boolean noWarmUp;

    @Parameters(hidden = true, paramLabel = "COMMAND")
    List<String> command = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Console console = Console.of(spec);
        Path source = run ? DaemonAddress.projectOf(command, System.getenv(), Path.of("").toAbsolutePath()) : project.source();
        DaemonAddress address;
        try {
            address = DaemonAddress.of(source, System.getenv());
        } catch (IOException e) {
            console.err().println("error: " + source + ": no such project folder");
            console.err().println("    hint: run the command in the project's folder, or name it with --source DIR");
            console.err().flush();
            return ExitCodes.USAGE;
        }
        if (run) {
            return serve(address, console);
        }
        if (stop) {
            Optional<Long> pid = DaemonClient.stop(address);
            console.out().println(pid.map(p -> "Stopped the running generator of " + address.project() + " (pid " + p + ").")
                    .orElse("No generator is running for " + address.project() + "."));
        } else {
            console.out().println(DaemonClient.status(address).map(DaemonCommand::describe)
                    .orElse("No generator is running for " + address.project() + "; the next ./site build starts one."));
        }
        console.out().flush();
        return ExitCodes.OK;
    }

    static String describe(DaemonClient.Status s) {
        return String.format(Locale.ROOT, "The generator is running for %s (pid %d, working folder %s): %d command(s) run, %s; "
                        + "it stops after %d min without a command.", s.project(), s.pid(), s.workingDir(), s.commands(),
                s.busy() ? "running one now" : "idle for " + s.idleMillis() / 60_000 + " min", s.quietMillis() / 60_000);
    }

    /** Warms up with a check of the site (output discarded), then answers commands until it stops. */
    private int serve(DaemonAddress address, Console console) throws IOException {
        Duration quiet = quietPeriod(System.getenv("SITE_DAEMON_IDLE_MINUTES"));
        // A cancelled command ends the process as Ctrl+C ends a build in a new process: the output
        // folder is swapped only at the end of a build, so it is left as it was.
        DaemonServer.Settings settings = new DaemonServer.Settings(Identity.ofThisProcess(), quiet, () -> Runtime.getRuntime().halt(130));
        // The site of the last build stays loaded between commands: the next build redoes only what changed.
        KeptBuilds kept = new KeptBuilds();
        Optional<DaemonServer> server = DaemonServer.open(address, settings, (request, out, err) -> runForClient(request, out, err, kept));
        if (server.isEmpty()) {
            return ExitCodes.OK; // another one runs for this project, or the folder is not private
        }
        // Stopped by a signal (kill, a logout): its files go with it all the same.
        Runtime.getRuntime().addShutdownHook(new Thread(server.get()::closeQuietly, "daemon-stop"));
        try (PrintStream log = new PrintStream(java.nio.file.Files.newOutputStream(address.log()), true, StandardCharsets.UTF_8)) {
            System.setOut(log);
            System.setErr(log);
            if (!noWarmUp && !"0".equals(System.getenv("SITE_DAEMON_WARMUP"))
                    && Main.run(new Console(new PrintWriter(log), new PrintWriter(log)), "check", "--source", address.project().toString())
                    == ExitCodes.OUT_OF_MEMORY) {
                server.get().close(); // too little memory even to check the site: commands keep running in new processes
                return ExitCodes.OUT_OF_MEMORY;
            }
            server.get().serve();
        }
        return ExitCodes.OK;
    }

    /** The quiet period: SITE_DAEMON_IDLE_MINUTES (a whole or decimal number), 30 minutes by default. */
    static Duration quietPeriod(String minutes) {
        try {
            double value = minutes == null ? 30 : Double.parseDouble(minutes.trim());
            return value > 0 ? Duration.ofMillis((long) (value * 60_000)) : Duration.ofMinutes(30);
        } catch (NumberFormatException e) {
            return Duration.ofMinutes(30);
        }
    }

    /**
     * Runs a client's command as a new process in its folder would, its output sent back to it.
     * A command that ran out of memory gets the same message as in a new process; then this
     * process stops ({@link DaemonServer.Unsound}): what the failed command left behind, half-made
     * caches or a thread that died holding a lock, must not reach the next one.
     */
    static int runForClient(BuildRequest request, PrintStream out, PrintStream err) {
        return runForClient(request, out, err, null);
    }

    /** The same, with the builds this running generator keeps ({@code kept}; null: each build whole). */
    static int runForClient(BuildRequest request, PrintStream out, PrintStream err, KeptBuilds kept) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Console plain = new Console(outWriter, errWriter, "true".equals(request.env().get("GITHUB_ACTIONS")),
                Console.progressShown(request.terminal(), request.env()));
        Console console = kept == null ? plain : plain.withKeptBuilds(kept);
        int code = Main.run(console, request.env().get("SITE_SOURCE"), true, request.args().toArray(String[]::new));
        outWriter.flush();
        errWriter.flush();
        if (code == ExitCodes.OUT_OF_MEMORY) {
            throw new DaemonServer.Unsound(code);
        }
        return code;
    }
}
