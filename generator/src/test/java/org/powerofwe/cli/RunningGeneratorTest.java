package org.powerofwe.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.daemon.DaemonAddress;
import org.powerofwe.daemon.DaemonClient;
import org.powerofwe.daemon.DaemonServer;
import org.powerofwe.daemon.Identity;
import org.powerofwe.testing.RepoPaths;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * {@code ./site build} handed to the running generator: staff must get exactly what a build in a
 * new process gives (every output file, the messages, the exit code), and fall back to a new
 * process whenever the running one cannot be trusted or is busy. The server runs in this JVM but
 * the commands go through its real Unix domain socket.
 */
class RunningGeneratorTest {

    private static final String CHAPTER = """
            -- content/report/_index.en.md --
            ---
            title: Reports
            ---
            -- content/report/2021/_index.en.md --
            ---
            title: Annual report 2021
            year: 2021
            ---
            The year in **figures**.
            -- content/report/2021/finance.en.md --
            ---
            title: Local finance
            year: 2021
            weight: 2
            chapter: "1"
            ---
            ## Why it matters

            Cities raised [their voice](../../pact/_index.md) on *local finance*.
            """;

    @TempDir
    Path dir;

    private DaemonServer server;
    private Thread serving;
    private Process process;

    @AfterEach
    void stop() throws Exception {
        if (process != null) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.close();
            serving.join(5_000);
        }
    }

    /** A build through the running generator that differed from a cold one would publish a different site. */
    @Test
    void aBuildThroughTheRunningGeneratorWritesTheSameBytesAndSaysTheSameAsANewProcess() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(CHAPTER));
        Map<String, String> env = env();
        // Without the build cache: otherwise the second build's summary rightly says it took the
        // bodies from the cache (the cache's own equivalence is BuildCacheTest's).
        String[] args = {"build", "--no-cache", "--source", site.root().toString()};
        Captured cold = cold(args);
        assertEquals(0, cold.code(), cold.err());
        Map<String, byte[]> coldFiles = files(site.output());
        assertTrue(coldFiles.size() > 5, "the fixture site has pages: " + coldFiles.keySet());

        AtomicInteger commands = start(site, Identity.ofThisProcess(), Duration.ofMinutes(5), (request, out, err) -> DaemonCommand.runForClient(request, out, err));
        for (int round = 0; round < 2; round++) {
            Captured warm = forward(List.of(args), env);
            assertEquals(0, warm.code(), warm.err());
            assertEquals(round + 1, commands.get(), "the command ran in the running generator");
            Map<String, byte[]> warmFiles = files(site.output());
            assertEquals(coldFiles.keySet(), warmFiles.keySet());
            coldFiles.forEach((path, bytes) -> assertArrayEquals(bytes, warmFiles.get(path), path));
            assertEquals(withoutTimes(cold.out()), withoutTimes(warm.out()));
            assertEquals(cold.err() + "Built with the running generator (pid " + ProcessHandle.current().pid()
                    + "; ./site daemon --stop stops it, --no-daemon skips it)\n", warm.err().replace(System.lineSeparator(), "\n"));
        }

        // Bad input: the same messages and exit code as a new process.
        site.writeFile("content/report/2021/finance.en.md", "---\ntitle: Local finance\nyear: 2021\nchapter: \"1\"\nweight: two\n---\nText.\n");
        Captured coldBad = cold(args);
        Captured warmBad = forward(List.of(args), env);
        assertEquals(ExitCodes.CONTENT_ERRORS, coldBad.code());
        assertEquals(coldBad.code(), warmBad.code());
        assertTrue(coldBad.err().contains("finance.en.md:5:9: error:"), coldBad.err());
        assertTrue(warmBad.err().startsWith(coldBad.err()), warmBad.err());
        assertEquals(withoutTimes(coldBad.out()), withoutTimes(warmBad.out()));
    }

    /**
     * The whole way, as the launcher does it: a separate generator process started with
     * {@code daemon --run}, a build handed to it over its socket, {@code daemon --status} and
     * {@code --stop} from the command line.
     */
    @Test
    void aSeparateRunningGeneratorProcessBuildsTheSameBytesAndStopsWhenAsked() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(CHAPTER));
        String[] args = {"build", "--source", site.root().toString()};
        assertEquals(0, cold(args).code());
        Map<String, byte[]> coldFiles = files(site.output());
        process = startGenerator(site.root(), "-Xmx512m", dir.resolve("daemon.log"));
        awaitAnswer(address(site), process, dir.resolve("daemon.log"));
        assertTrue(Files.exists(address(site).log()), "what it prints outside commands goes to its log");
        Captured warm = forward(List.of(args), env());
        assertEquals(0, warm.code(), warm.err() + "\nthe generator's log: " + Files.readString(dir.resolve("daemon.log")));
        assertTrue(warm.err().contains("Built with the running generator (pid " + process.pid() + ";"), warm.err());
        Map<String, byte[]> warmFiles = files(site.output());
        assertEquals(coldFiles.keySet(), warmFiles.keySet());
        coldFiles.forEach((path, bytes) -> assertArrayEquals(bytes, warmFiles.get(path), path));

        // After an edit, the generator redoes only what it affects and says so; what it publishes
        // is what a new process publishes.
        Path pact = site.root().resolve("content/pact/government.en.md");
        Files.writeString(pact, Files.readString(pact) + "\nA paragraph added after the first build.\n");
        Captured edited = forward(List.of(args), env());
        assertEquals(0, edited.code(), edited.err());
        assertTrue(edited.out().contains("Redone from the previous build (the running generator): 1 changed file(s)"), edited.out());
        Path fresh = dir.resolve("fresh");
        assertEquals(0, cold("build", "--source", site.root().toString(), "--output", fresh.toString()).code());
        Map<String, byte[]> freshFiles = files(fresh);
        Map<String, byte[]> editedFiles = files(site.output());
        assertEquals(freshFiles.keySet(), editedFiles.keySet());
        freshFiles.forEach((path, bytes) -> assertArrayEquals(bytes, editedFiles.get(path), path));
        assertTrue(new String(editedFiles.get("en/pact/government/index.html"), UTF_8).contains("A paragraph added"));

        DaemonClient.Status status = DaemonClient.status(address(site)).orElseThrow();
        assertEquals(process.pid(), status.pid());
        assertEquals(2, status.commands());
        assertEquals(Optional.of(process.pid()), DaemonClient.stop(address(site)));
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "stopped when asked");
        assertEquals(0, process.exitValue());
        assertEquals(List.of(), filesOf(address(site)), "its socket, lock and log are removed");
        assertEquals(DaemonClient.NONE, forward(List.of(args), env()).code(), "none running: the launcher builds in a new process");
    }

    /**
     * Out of memory in the middle of a build, the running generator says what a new process says
     * (how to give it more), then stops: after an OutOfMemoryError any part of the process may be
     * half-updated, and the next build must not inherit it.
     */
    @Test
    void aRunningGeneratorOutOfMemorySaysWhatANewProcessSaysAndStops() throws Exception {
        Path project = RepoPaths.copyOfTheProject(dir.resolve("project"));
        List<String> args = List.of("build", "-q", "--source", project.toString(), "--output", dir.resolve("public").toString());
        // Enough for the generator to wait for commands, not for building the project's site.
        String heap = "-Xmx16m";
        Path coldLog = dir.resolve("cold.log");
        List<String> coldCommand = new java.util.ArrayList<>(List.of(java(), heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        coldCommand.addAll(args);
        Process cold = new ProcessBuilder(coldCommand).redirectErrorStream(true).redirectOutput(coldLog.toFile()).start();
        assertTrue(cold.waitFor(120, TimeUnit.SECONDS), "the build in a new process ends");
        String coldSaid = Files.readString(coldLog);
        assertEquals(ExitCodes.OUT_OF_MEMORY, cold.exitValue(), coldSaid);
        // What libraries print before (a logging library's notice) goes to the generator's log instead.
        coldSaid = coldSaid.substring(coldSaid.indexOf("error: the generator ran out of memory"));

        DaemonAddress address = DaemonAddress.of(project, env());
        process = startGenerator(project, heap, dir.resolve("daemon.log"));
        awaitAnswer(address, process, dir.resolve("daemon.log"));
        Captured warm = forward(args, env());
        assertEquals(ExitCodes.OUT_OF_MEMORY, warm.code(), warm.err() + "\nthe generator's log: " + Files.readString(dir.resolve("daemon.log")));
        assertEquals(coldSaid, warm.out() + warm.err(), "the same message as a new process");
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the generator stopped itself");
        assertEquals(List.of(), filesOf(address), "its socket, lock and log are removed");
        assertEquals(DaemonClient.NONE, forward(args, env()).code(), "the next build runs in a new process, which starts a fresh generator");
    }

    /** A generator that runs out of memory checking the site before its first command never takes one. */
    @Test
    void aRunningGeneratorOutOfMemoryInItsWarmUpStops() throws Exception {
        Path project = RepoPaths.copyOfTheProject(dir.resolve("project"));
        process = startGenerator(project, "-Xmx16m", dir.resolve("daemon.log"), true);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the generator stopped itself");
        assertEquals(ExitCodes.OUT_OF_MEMORY, process.exitValue(), Files.readString(dir.resolve("daemon.log")));
        assertEquals(List.of(), filesOf(DaemonAddress.of(project, env())), "its lock and log are removed");
    }

    /** Any other error of the Java machine in a command: the client is told, and the generator stops. */
    @Test
    void aRunningGeneratorStopsAfterAnErrorOfTheJavaMachine() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        start(site, Identity.ofThisProcess(), Duration.ofMinutes(5), (request, out, err) -> {
            throw new InternalError("a broken class file");
        });
        Captured failed = forward(List.of("build", "-q", "--source", site.root().toString()), env());
        assertEquals(ExitCodes.INTERNAL, failed.code());
        assertTrue(failed.err().startsWith("internal error: java.lang.InternalError: a broken class file"), failed.err());
        assertTrue(failed.err().contains("hint: run the command again"), failed.err());
        serving.join(10_000);
        assertFalse(serving.isAlive(), "the generator stopped");
        assertEquals(List.of(), filesOf(address(site)), "its socket and lock are removed");
        assertEquals(DaemonClient.NONE, forward(List.of("build", "--source", site.root().toString()), env()).code());
    }

    /**
     * A generator that stops deletes its lock file while still holding it. One that was waiting
     * for that lock then holds a lock on a deleted file; were it to serve on it, a third could
     * lock a new file of the same name, and two generators would build into one site at once.
     */
    @Test
    void aGeneratorThatWaitedForTheLockOfOneThatStoppedStillKeepsOthersOut() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "tells which files a process has open from /proc (Linux)");
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        DaemonAddress address = address(site);
        process = startGenerator(site.root(), "-Xmx256m", dir.resolve("first.log"));
        awaitAnswer(address, process, dir.resolve("first.log"));
        // It says when it has loaded the class that takes the lock; then it tries for 5 s.
        Process waiting = startGenerator(site.root(), "-Xmx256m", dir.resolve("waiting.log"), "-Xlog:class+load=info");
        Process third = null;
        try {
            for (int i = 0; i < 600 && !Files.readString(dir.resolve("waiting.log")).contains(DaemonServer.class.getName() + " "); i++) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
            assertTrue(waiting.isAlive(), "the second generator waits for the lock");
            assertEquals(Optional.of(process.pid()), DaemonClient.stop(address));
            assertTrue(process.waitFor(20, TimeUnit.SECONDS));
            for (int i = 0; i < 300 && DaemonClient.status(address).map(DaemonClient.Status::pid).orElse(0L) != waiting.pid(); i++) {
                Thread.sleep(50);
            }
            assertEquals(Optional.of(waiting.pid()), DaemonClient.status(address).map(DaemonClient.Status::pid), "the waiting generator took over; "
                    + (waiting.isAlive() ? "it runs" : "it ended with " + waiting.exitValue()) + "; files " + filesOf(address));
            assertTrue(hasOpen(waiting, address.lock()), "the file it locked is the one at the lock's name, not the deleted one");

            third = startGenerator(site.root(), "-Xmx256m", dir.resolve("third.log"));
            assertTrue(third.waitFor(30, TimeUnit.SECONDS), "a third generator finds the lock held and ends");
            assertEquals(waiting.pid(), DaemonClient.status(address).orElseThrow().pid(), "the second one still answers");
        } finally {
            for (Process p : new Process[] {waiting, third}) {
                if (p != null) {
                    p.destroy();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** A relative --output or SITE_SOURCE is read from the client's folder and environment, not the server's. */
    @Test
    void theClientsSiteSourceChoosesTheProject() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(CHAPTER));
        Map<String, String> env = new java.util.HashMap<>(env());
        env.put("SITE_SOURCE", site.root().toString());
        start(site, Identity.ofThisProcess(), Duration.ofMinutes(5), DaemonCommand::runForClient);
        Captured warm = forward(List.of("build", "--output", dir.resolve("elsewhere").toString()), env);
        assertEquals(0, warm.code(), warm.err());
        assertTrue(Files.isRegularFile(dir.resolve("elsewhere/en/index.html")), warm.out());
    }

    /** Two builds at once in one process could mix their output: the second one builds in a new process. */
    @Test
    void aSecondCommandWhileOneRunsIsLeftToANewProcess() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(site, Identity.ofThisProcess(), Duration.ofMinutes(5), (request, out, err) -> {
            running.countDown();
            await(release);
            out.print("first done");
            return 0;
        });
        List<String> args = List.of("build", "--source", site.root().toString());
        Captured[] first = new Captured[1];
        Thread thread = new Thread(() -> first[0] = forward(args, env()));
        thread.start();
        assertTrue(running.await(10, TimeUnit.SECONDS));
        Captured second = forward(args, env());
        assertEquals(DaemonClient.ELSEWHERE, second.code(), "busy: the launcher builds in a new process and starts no other generator");
        assertEquals("", second.out() + second.err());
        Optional<DaemonClient.Status> status = DaemonClient.status(address(site));
        assertTrue(status.orElseThrow().busy());
        release.countDown();
        thread.join(10_000);
        assertEquals(0, first[0].code());
        assertEquals("first done", first[0].out());
    }

    /** After the generator is rebuilt, the old running one must not build: its code is out of date. */
    @Test
    void aRunningGeneratorOfAnotherVersionIsNotUsedAndStops() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        AtomicInteger commands = start(site, "jar=an older site.jar\n", Duration.ofMinutes(5), DaemonCommand::runForClient);
        Captured result = forward(List.of("build", "--source", site.root().toString()), env());
        assertEquals(DaemonClient.NONE, result.code(), "the launcher builds in a new process, then starts a new generator");
        assertEquals(0, commands.get());
        serving.join(10_000);
        assertFalse(serving.isAlive(), "the stale generator stopped");
        assertFalse(Files.exists(address(site).socket()));
    }

    /** A generator killed without cleaning up leaves its socket file: the next build must not fail or hang on it. */
    @Test
    void aDeadSocketFileIsRemovedAndTheBuildRunsInANewProcess() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        DaemonAddress address = address(site);
        assertEquals(Optional.empty(), address.ensurePrivateFolder());
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(address.socket()));
        }
        assertTrue(Files.exists(address.socket()), "closing a Unix socket leaves its file, as a killed process does");
        Captured result = forward(List.of("build", "--source", site.root().toString()), env());
        assertEquals(DaemonClient.NONE, result.code());
        assertFalse(Files.exists(address.socket()), "the dead socket file was removed");
    }

    /** A forgotten generator must not hold memory for ever: it stops after its quiet period. */
    @Test
    void theRunningGeneratorStopsAfterItsQuietPeriod() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        start(site, Identity.ofThisProcess(), Duration.ofMillis(300), DaemonCommand::runForClient);
        serving.join(10_000);
        assertFalse(serving.isAlive(), "stopped by itself");
        assertEquals(List.of(), filesOf(address(site)), "its socket and lock are removed");
        Optional<DaemonServer> next = DaemonServer.open(address(site), new DaemonServer.Settings("x", Duration.ofMinutes(1), () -> { }),
                (request, out, err) -> 0);
        assertTrue(next.isPresent(), "its lock was released");
        next.get().close();
        assertEquals(Duration.ofMinutes(30), DaemonCommand.quietPeriod(null));
        assertEquals(Duration.ofSeconds(90), DaemonCommand.quietPeriod("1.5"));
    }

    /** --no-daemon, CI=true and SITE_DAEMON=0 each keep the command in a new process. */
    @Test
    void theRunningGeneratorCanBeTurnedOff() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        AtomicInteger commands = start(site, Identity.ofThisProcess(), Duration.ofMinutes(5), DaemonCommand::runForClient);
        String source = site.root().toString();
        assertEquals(DaemonClient.ELSEWHERE, forward(List.of("build", "--no-daemon", "--source", source), env()).code());
        assertEquals(DaemonClient.ELSEWHERE, forward(List.of("check", "--source", source), with(env(), "CI", "true")).code());
        assertEquals(DaemonClient.ELSEWHERE, forward(List.of("build", "--source", source), with(env(), "SITE_DAEMON", "0")).code());
        assertEquals(DaemonClient.ELSEWHERE, forward(List.of("serve", "--source", source), env()).code(), "only build and check are handed over");
        assertEquals(0, commands.get());
        assertEquals(0, cold("build", "--no-daemon", "--source", source).code(), "a new process accepts --no-daemon");
        // The same check through the running generator: 'Checked with ...'.
        Captured check = forward(List.of("check", "--source", source), env());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.err().contains("Checked with the running generator"), check.err());
    }

    /** Another user must not reach the running generator: a folder open to others is not used at all. */
    @Test
    void aSocketFolderOpenToOtherUsersIsNotUsed() throws Exception {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        DaemonAddress address = address(site);
        assertEquals(Optional.empty(), address.ensurePrivateFolder());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(address.folder())));
        Files.setPosixFilePermissions(address.folder(), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertTrue(address.ensurePrivateFolder().orElseThrow().contains("other users"));
        assertTrue(DaemonServer.open(address, new DaemonServer.Settings("x", Duration.ofMinutes(1), () -> { }), (r, o, e) -> 0).isEmpty());
        assertEquals(DaemonClient.ELSEWHERE, forward(List.of("build", "--source", site.root().toString()), env()).code());
    }

    // --- helpers ------------------------------------------------------------------------------

    private record Captured(int code, String out, String err) {
    }

    private Map<String, String> env() {
        return Map.of("XDG_RUNTIME_DIR", dir.toString());
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> copy = new java.util.HashMap<>(env);
        copy.put(name, value);
        return copy;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A running generator in a process of its own, as the launcher starts it (without the warm-up check unless asked). */
    private Process startGenerator(Path project, String heap, Path log, String... javaOptions) throws IOException {
        return startGenerator(project, heap, log, false, javaOptions);
    }

    private Process startGenerator(Path project, String heap, Path log, boolean warmUp, String... javaOptions) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(java(), heap, "-XX:+UseSerialGC"));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "daemon", "--run", "--", "build",
                "--source", project.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("XDG_RUNTIME_DIR", dir.toString());
        builder.environment().put("SITE_DAEMON_WARMUP", warmUp ? "1" : "0");
        return builder.start();
    }

    /** Ready when it answers a status request (the socket file alone can come a moment before). */
    private static void awaitAnswer(DaemonAddress address, Process generator, Path log) throws Exception {
        for (int i = 0; i < 300 && DaemonClient.status(address).isEmpty() && generator.isAlive(); i++) {
            Thread.sleep(100);
        }
        assertTrue(DaemonClient.status(address).isPresent(), "the generator answers; " + (generator.isAlive() ? "it runs" : "it ended with " + generator.exitValue())
                + "; its output: " + Files.readString(log));
    }

    /** The files of a project's running generator in the socket folder (its socket, lock and log). */
    private static List<String> filesOf(DaemonAddress address) throws IOException {
        String key = address.socket().getFileName().toString().replace(".sock", "");
        try (Stream<Path> files = Files.list(address.folder())) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith(key)).sorted().toList();
        }
    }

    /** Whether a process has {@code file} open (not a deleted file of that name), from its descriptors under /proc. */
    private static boolean hasOpen(Process process, Path file) {
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(process.pid()), "fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(file);
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    private DaemonAddress address(TestSite site) throws IOException {
        return DaemonAddress.of(site.root(), env());
    }

    private AtomicInteger start(TestSite site, String identity, Duration quiet, DaemonServer.Runner runner) throws Exception {
        AtomicInteger commands = new AtomicInteger();
        server = DaemonServer.open(address(site), new DaemonServer.Settings(identity, quiet, () -> { }), (request, out, err) -> {
            commands.incrementAndGet();
            return runner.run(request, out, err);
        }).orElseThrow();
        serving = new Thread(() -> {
            try {
                server.serve();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        serving.start();
        for (int i = 0; i < 100 && !Files.exists(address(site).socket()); i++) {
            Thread.sleep(50);
        }
        return commands;
    }

    private static Captured cold(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Console(new PrintWriter(out, true), new PrintWriter(err, true)), args);
        return new Captured(code, out.toString(), err.toString());
    }

    private static Captured forward(List<String> args, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DaemonClient.forward(args, env, false, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String withoutTimes(String text) {
        return text.replaceAll("in \\d+ ms", "in N ms");
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Path real = root.toRealPath();
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(real.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
