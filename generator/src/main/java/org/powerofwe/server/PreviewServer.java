package org.powerofwe.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildSession;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.diag.Problem;
import org.powerofwe.publish.MemoryOutput;

/**
 * Local preview of the site: builds it into memory (drafts included, marked as drafts), serves it
 * on 127.0.0.1 only, rebuilds what each save affects and reloads the open pages. While the content
 * has errors, every page shows them instead of stale content.
 */
public final class PreviewServer implements AutoCloseable {

    /** Raised when the chosen port is already taken. */
    public static final class PortInUse extends IOException {
        private static final long serialVersionUID = 1L;

        PortInUse(int port, Throwable cause) {
            super("port " + port + " is already in use on 127.0.0.1", cause);
        }
    }

    private final HttpServer http;
    /**
     * At most this many requests are handled at once (open pages' reload connections included, see
     * {@link LiveReload#MAX_CLIENTS}); more wait their turn, so a flood of connections cannot take
     * a thread each.
     */
    static final int MAX_THREADS = 48;
    /** Seconds a client may take to send its request line and headers before it is disconnected. */
    static final int HEADER_TIMEOUT_SECONDS = 10;

    /** Log lines start with the time, always with seconds (LocalTime.toString drops ":00"). */
    private static final java.time.format.DateTimeFormatter LOG_TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ExecutorService handlers = Executors.newFixedThreadPool(MAX_THREADS, r -> {
        Thread t = new Thread(r, "site-preview-http");
        t.setDaemon(true);
        return t;
    });
    private final ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final LiveReload live = new LiveReload();
    private final LiveSite site;
    private final MemoryOutput output;
    private final ProjectLayout layout;
    private final PrintWriter log;
    private final AtomicLong builds = new AtomicLong();
    private FolderWatcher watcher;

    /** Addresses of this computer the preview also answers to, when it listens beyond it. */
    private final Set<String> sharedHosts;

    private PreviewServer(HttpServer http, Path source, boolean drafts, PrintWriter log, Set<String> sharedHosts) {
        this.http = http;
        this.sharedHosts = sharedHosts;
        this.log = log;
        URI base = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
        this.site = new LiveSite(new BuildOptions(source, Optional.empty(), drafts, Optional.of(base), 0), pool);
        this.output = site.output();
        this.layout = site.session().layout();
    }

    /** Builds the site, starts serving it and watching the project; port 0 picks a free port. */
    public static PreviewServer start(Path source, int port, boolean drafts, PrintWriter log) throws IOException {
        return start(source, port, drafts, log, InetAddress.getLoopbackAddress());
    }

    /**
     * The same, listening on {@code bind}: the loopback address (the default, this computer only),
     * or an address staff chose with {@code --host} so that a phone on the same network can read
     * the preview. Requests must then name one of this computer's own addresses.
     */
    public static PreviewServer start(Path source, int port, boolean drafts, PrintWriter log, InetAddress bind) throws IOException {
        // The JDK server writes headers and body apart; without TCP_NODELAY every response waits
        // for the client's delayed acknowledgement (about 40 ms), so each page would load slowly.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // A request whose headers have not all arrived after this long is closed (slowloris);
        // read once by the JDK server, so set before the first server is created.
        System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(HEADER_TIMEOUT_SECONDS));
        System.setProperty("sun.net.httpserver.maxConnections", Integer.toString(4 * MAX_THREADS));
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(bind, port), 64);
        } catch (BindException e) {
            throw new PortInUse(port, e);
        }
        Set<String> shared = bind.isLoopbackAddress() ? Set.of() : NetworkAddresses.own();
        PreviewServer server = new PreviewServer(http, source, drafts, log, shared);
        server.firstBuild();
        http.createContext("/", server::handle);
        http.setExecutor(server.handlers);
        http.start();
        server.watch();
        return server;
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    /** How many builds have finished (tests wait on it). */
    public long builds() {
        return builds.get();
    }

    public List<Problem> problems() {
        return site.problems();
    }

    private void firstBuild() {
        long start = System.nanoTime();
        finish(site.buildAll(), start, "first build");
    }

    private void watch() throws IOException {
        watcher = new FolderWatcher(List.of(layout.contentDir(), layout.themesDir()), Set.of(layout.configFile()), 10, this::rebuild);
    }

    /** Rebuilds after the given files changed; called by the watcher, one batch at a time. */
    void rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        BuildSession.Outcome outcome = site.update(changed);
        // Before the reload, so that a page reloaded now asks for the files the save left unwritten.
        site.deferPending(outcome);
        finish(outcome, start, describe(changed));
    }

    private void finish(BuildSession.Outcome outcome, long start, String cause) {
        List<Problem> problems = site.problems();
        long ms = (System.nanoTime() - start) / 1_000_000;
        String time = LocalTime.now().format(LOG_TIME);
        problems.forEach(p -> log.println(p.format()));
        site.lastChecked().forEach(p -> log.println(p.format())); // what only the browser banner showed before
        if (site.broken()) {
            log.printf("%s %s: %d error(s); the browser shows them until the next good save%n", time, cause,
                    problems.stream().filter(Problem::isError).count());
        } else {
            log.printf("%s %s: %s %d page(s) in %d ms%n", time, cause, outcome.incremental() ? "rebuilt" : "built", outcome.pagesRendered(), ms);
        }
        log.flush();
        builds.incrementAndGet();
        live.reload();
    }

    private String describe(Set<Path> changed) {
        List<String> names = changed.stream().limit(3).map(layout::display).toList();
        return String.join(", ", names) + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "");
    }

    // --- HTTP ----------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!HostCheck.allowed(exchange.getRequestHeaders().getFirst("Host"), http.getAddress().getPort(), sharedHosts)) {
                // DNS rebinding: a page of another site, renamed to 127.0.0.1, must not read the preview.
                send(exchange, 403, "text/plain; charset=utf-8", HostCheck.REFUSAL.getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD are served.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            switch (raw) {
                case LiveReload.EVENTS -> live.connect(exchange);
                case LiveReload.SCRIPT -> send(exchange, 200, "text/javascript; charset=utf-8", LiveReload.SCRIPT_SOURCE.getBytes(StandardCharsets.UTF_8));
                case PreviewOverlay.CSS_PATH -> send(exchange, 200, "text/css; charset=utf-8", PreviewOverlay.CSS.getBytes(StandardCharsets.UTF_8));
                case ErrorPage.CSS_PATH -> send(exchange, 200, "text/css; charset=utf-8", ErrorPage.CSS.getBytes(StandardCharsets.UTF_8));
                default -> serveFile(exchange, raw);
            }
        }
    }

    private void serveFile(HttpExchange exchange, String raw) throws IOException {
        Optional<String> file = RequestPath.resolve(raw);
        if (file.isEmpty()) {
            send(exchange, 400, "text/plain; charset=utf-8", "Refused: this address tries to leave the site.\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = file.get();
        boolean html = name.endsWith(".html") || !name.contains(".");
        if (site.broken() && html) {
            send(exchange, 500, "text/html; charset=utf-8", ErrorPage.html(site.problems(), layout.root()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<byte[]> bytes = site.read(name).or(() -> name.endsWith(".pdf") ? site.reportPdf(name) : Optional.empty());
        if (bytes.isEmpty() && !raw.endsWith("/") && output.contains(name + "/index.html")) {
            exchange.getResponseHeaders().set("Location", raw + "/");
            send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        if (bytes.isEmpty()) {
            notFound(exchange, name);
            return;
        }
        String type = RequestPath.contentType(name);
        send(exchange, 200, type, type.startsWith("text/html") ? PreviewOverlay.decorate(bytes.get(), site.problemsOf(name), site.draftUrls()) : bytes.get());
    }

    private void notFound(HttpExchange exchange, String name) throws IOException {
        String language = name.contains("/") ? name.substring(0, name.indexOf('/')) : "";
        byte[] page = site.read(language + "/404.html").or(() -> site.read("404.html"))
                .orElse("Not found.\n".getBytes(StandardCharsets.UTF_8));
        send(exchange, 404, "text/html; charset=utf-8", withLiveReload(page));
    }

    /** Adds the reload script to a page (as an external script, which the site's security policy allows). */
    static byte[] withLiveReload(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + LiveReload.SCRIPT + "\" defer></script>";
        int head = html.indexOf("</head>");
        String result = head >= 0 ? html.substring(0, head) + tag + "\n" + html.substring(head) : html + tag;
        return result.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        live.close();
        http.stop(0);
        handlers.shutdownNow();
        pool.shutdownNow();
    }
}
