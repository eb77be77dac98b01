package org.powerofwe.daemon;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running generator of one project: accepts commands on the project's socket, runs one at a
 * time with {@link Runner}, streams what it prints back as it comes and returns its exit code.
 * A second command while one runs is refused (its client builds in a new process); a client of
 * another identity is refused and this server stops, being stale; after {@code quietPeriod}
 * without a command it stops by itself. A client that cancels (Ctrl+C) or goes away in the
 * middle of a command triggers {@code onCancel}, which the command line makes end the process,
 * as Ctrl+C ends a build in a new process: the output folder is swapped only at the end of a
 * build, so it is never left half-written. A command that leaves the process in an unknown state
 * (out of memory, or another {@link VirtualMachineError}) is answered, and then the server stops,
 * so that the next command runs in a fresh process.
 *
 * <p>The server owns its project's socket, log and lock files while it holds the lock, and
 * removes them when it stops ({@link ProjectLock} says how the lock file can go without letting
 * two generators run for one project).
 */
public final class DaemonServer implements Closeable {

    /** Runs one command as the command line would in a new process; returns its exit code. */
    @FunctionalInterface
    public interface Runner {
        int run(BuildRequest request, PrintStream out, PrintStream err);
    }

    /**
     * @param identity    {@link Identity#ofThisProcess()}, or another text in tests
     * @param quietPeriod how long the server waits for a command before stopping
     * @param onCancel    what to do when a client cancels a running command
     */
    public record Settings(String identity, Duration quietPeriod, Runnable onCancel) {
    }

    /**
     * Thrown by a {@link Runner} whose command left this process in an unknown state (it ran out
     * of memory), once it has printed what to tell the user: the client gets {@code exitCode},
     * then the server stops.
     */
    public static final class Unsound extends RuntimeException {
        private final int exitCode;

        public Unsound(int exitCode) {
            super("the command left the running generator in an unknown state", null, false, false);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    /** The exit code of a command that failed with an error the runner did not report. */
    static final int FAILED = 70;

    private final DaemonAddress address;
    private final Settings settings;
    private final Runner runner;
    private final ProjectLock lock;
    private final String workingDir = Path.of("").toAbsolutePath().toString();
    private final long started = System.currentTimeMillis();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger commands = new AtomicInteger();
    private volatile long lastActivity = System.nanoTime();
    private volatile ServerSocketChannel server;
    private volatile boolean stopped;
    private boolean filesRemoved;

    private DaemonServer(DaemonAddress address, Settings settings, Runner runner, ProjectLock lock) {
        this.address = address;
        this.settings = settings;
        this.runner = runner;
        this.lock = lock;
    }

    /**
     * Takes the project's lock; empty when another running generator holds it (or the folder is
     * not private). Commands are accepted only once {@link #serve} binds the socket, so the
     * caller may warm the process up in between.
     */
    public static Optional<DaemonServer> open(DaemonAddress address, Settings settings, Runner runner) throws IOException {
        if (address.ensurePrivateFolder().isPresent()) {
            return Optional.empty();
        }
        // A stale generator that was just told to stop may still hold the lock for a moment.
        for (int tries = 0; tries < 20; tries++) {
            Optional<ProjectLock> lock = ProjectLock.tryTake(address.lock());
            if (lock.isPresent()) {
                return Optional.of(new DaemonServer(address, settings, runner, lock.get()));
            }
            sleep(250);
        }
        return Optional.empty();
    }

    /** Listens until stopped (by a client, by going stale, after the quiet period); then cleans up. */
    public void serve() throws IOException {
        ServerSocketChannel channel = listen();
        server = channel;
        lastActivity = System.nanoTime();
        Thread watch = new Thread(this::stopWhenQuiet, "daemon-quiet-period");
        watch.setDaemon(true);
        watch.start();
        try {
            while (!stopped) {
                SocketChannel client = channel.accept();
                Thread thread = new Thread(() -> handle(client), "daemon-client");
                thread.setDaemon(true);
                thread.start();
            }
        } catch (ClosedChannelException e) {
            // Stopped.
        } finally {
            close();
            awaitAnswer();
        }
    }

    /** A command that stopped the server (out of memory) is still being answered: the process must not end before. */
    private void awaitAnswer() {
        for (int i = 0; i < 200 && busy.get(); i++) {
            sleep(50);
        }
    }

    /**
     * Binds the socket under a name of its own and then renames it into place: the socket file
     * appears only once it accepts connections. Were it bound at its name, a client connecting
     * between the bind and the listen would be refused, take the file for one a dead generator
     * left, and delete it, leaving this one unreachable.
     */
    private ServerSocketChannel listen() throws IOException {
        Path binding = address.socket().resolveSibling(address.socket().getFileName() + "." + pid());
        Files.deleteIfExists(binding);
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(binding));
            // Replaces the file of a generator that died; the lock says none is running.
            Files.move(binding, address.socket(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(binding);
            throw e;
        }
        return channel;
    }

    /** The pid of this process. */
    public long pid() {
        return ProcessHandle.current().pid();
    }

    /** Stops listening, removes the project's files and releases the lock; a second call does nothing. */
    @Override
    public synchronized void close() throws IOException {
        stopped = true;
        ServerSocketChannel channel = server;
        if (channel != null) {
            channel.close();
        }
        removeFiles();
        lock.release();
    }

    /**
     * Deletes the socket, the log and the lock file, once, while the lock is still held: after
     * that another generator may start and make files of the same names, which are its own.
     */
    private synchronized void removeFiles() throws IOException {
        if (filesRemoved || !lock.held()) {
            return;
        }
        filesRemoved = true;
        if (server != null) {
            Files.deleteIfExists(address.socket());
        }
        Files.deleteIfExists(address.log());
        lock.deleteFile();
    }

    /** A command cancelled: the files go first, since {@code onCancel} may end the process at once. */
    private void cancel() {
        try {
            removeFiles();
        } catch (IOException e) {
            // Left for the next generator, which replaces them.
        }
        settings.onCancel().run();
    }

    private void stopWhenQuiet() {
        long step = Math.max(50, Math.min(5_000, settings.quietPeriod().toMillis() / 10));
        while (!stopped) {
            sleep(step);
            if (!busy.get() && System.nanoTime() - lastActivity > settings.quietPeriod().toNanos()) {
                closeQuietly();
            }
        }
    }

    private void handle(SocketChannel client) {
        try (client) {
            if (!samePeer(client)) {
                return;
            }
            Protocol.Frame frame = Protocol.read(client);
            if (frame == null) {
                return;
            }
            switch (frame.type()) {
                case Protocol.STATUS -> Protocol.write(client, Protocol.STATUS_REPLY, status());
                case Protocol.STOP -> {
                    Protocol.write(client, Protocol.STOPPING, (int) pid());
                    if (busy.get()) {
                        cancel();
                    }
                    closeQuietly();
                }
                case Protocol.REQUEST -> run(client, BuildRequest.decode(frame.payload()));
                default -> {
                    // Not a client of this protocol: nothing to answer.
                }
            }
        } catch (IOException e) {
            // The client went away; nothing to report to anyone.
        } catch (VirtualMachineError e) {
            // Out of memory outside a command (reading a request, answering one): the process is
            // in an unknown state as well. The client, told nothing, builds in a new process.
            closeQuietly();
        }
    }

    private void run(SocketChannel client, BuildRequest request) throws IOException {
        if (!request.identity().equals(settings.identity())) {
            Protocol.write(client, Protocol.MISMATCH, "this running generator is another version");
            closeQuietly();
            return;
        }
        if (!request.workingDir().equals(workingDir)) {
            Protocol.write(client, Protocol.ELSEWHERE, workingDir);
            return;
        }
        if (!busy.compareAndSet(false, true)) {
            Protocol.write(client, Protocol.BUSY, "a command is running");
            return;
        }
        AtomicBoolean finished = new AtomicBoolean();
        boolean unsound = false;
        try {
            lastActivity = System.nanoTime();
            Protocol.write(client, Protocol.ACCEPTED, (int) pid());
            Thread cancel = new Thread(() -> watchForCancel(client, finished), "daemon-cancel");
            cancel.setDaemon(true);
            cancel.start();
            int code;
            try (PrintStream out = new PrintStream(Protocol.stream(client, Protocol.OUT), true, StandardCharsets.UTF_8);
                 PrintStream err = new PrintStream(Protocol.stream(client, Protocol.ERR), true, StandardCharsets.UTF_8)) {
                try {
                    code = runner.run(request, out, err);
                } catch (Unsound e) {
                    unsound = true;
                    code = e.exitCode();
                } catch (VirtualMachineError e) {
                    unsound = true;
                    code = FAILED;
                    err.println("internal error: " + e);
                    err.println("    hint: run the command again: it runs in a new process; if it fails there too, report it with this message");
                }
                out.flush();
                err.flush();
            }
            finished.set(true);
            commands.incrementAndGet();
            if (unsound) {
                closeQuietly(); // before answering, so that the client's next command finds no generator and starts a new one
            }
            Protocol.write(client, Protocol.EXIT, code);
        } finally {
            finished.set(true);
            lastActivity = System.nanoTime();
            busy.set(false);
            if (unsound) {
                closeQuietly();
            }
        }
    }

    /** Waits for the client's cancel, or its going away, while the command runs. */
    private void watchForCancel(SocketChannel client, AtomicBoolean finished) {
        try {
            Protocol.Frame frame;
            do {
                frame = Protocol.read(client);
            } while (frame != null && frame.type() != Protocol.CANCEL);
        } catch (IOException e) {
            // Gone: the same as a cancel.
        }
        if (!finished.get()) {
            cancel();
        }
    }

    private String status() {
        long idle = busy.get() ? 0 : (System.nanoTime() - lastActivity) / 1_000_000;
        return String.join("\n", String.valueOf(pid()), address.project().toString(), String.valueOf(started),
                String.valueOf(commands.get()), String.valueOf(busy.get()), String.valueOf(idle),
                String.valueOf(settings.quietPeriod().toMillis()), workingDir);
    }

    /**
     * Whether the client runs as this process's user. The folder's permissions already keep
     * others out; this also holds where they were loosened. Systems that cannot tell pass.
     */
    private static boolean samePeer(SocketChannel client) {
        try {
            jdk.net.UnixDomainPrincipal peer = client.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED);
            return peer.user().getName().equals(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    /** {@link #close()}, for where a failure to clean up cannot be reported. */
    public void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // Stopping anyway.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
