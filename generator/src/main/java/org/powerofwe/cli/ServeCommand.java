package org.powerofwe.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.powerofwe.server.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code site serve}: local preview with live reload, on 127.0.0.1 only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Previews the site at http://127.0.0.1:1313/ (drafts included and marked).",
                "Each save rebuilds what it affects and reloads the page; errors show in the browser."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "Port on 127.0.0.1 (default: 1313).")
    int port = 1313;

    @Option(names = "--no-drafts", description = "Leave out pages marked draft: true, as the published site does.")
    boolean noDrafts;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Console console = Console.of(spec);
        ArgumentChecks.port(spec, port);
        PreviewServer server;
        try {
            server = PreviewServer.start(project.source(), port, !noDrafts, console.err());
        } catch (PreviewServer.PortInUse e) {
            console.err().println("error: " + e.getMessage());
            console.err().println("    hint: stop the other program using it (another preview?), or choose another port: ./site serve --port " + (port + 1));
            console.err().flush();
            return ExitCodes.PORT_IN_USE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // Stopping anyway.
            }
            stopped.countDown();
        }));
        console.out().println("Serving the site at " + server.address() + (noDrafts ? "" : " (drafts included and marked)"));
        console.out().println("Edit files in content/ and save: the page in your browser reloads. Press Ctrl+C to stop.");
        console.out().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
