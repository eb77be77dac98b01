package org.powerofwe.daemon;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * build, so it is never left half-written.
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

    private final DaemonAddress address;
    private final Settings settings;
    private final Runner runner;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final String workingDir = Path.of("").toAbsolutePath().toString();
    private final long started = System.currentTimeMillis();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger commands = new AtomicInteger();
    private volatile long lastActivity = System.nanoTime();
    private volatile ServerSocketChannel server;
    private volatile boolean stopped;

    private DaemonServer(DaemonAddress address, Settings settings, Runner runner, FileChannel lockFile, FileLock lock) {
        this.address = address;
        this.settings = settings;
        this.runner = runner;
        this.lockFile = lockFile;
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
        FileChannel channel = FileChannel.open(address.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = null;
        // A stale generator that was just told to stop may still hold the lock for a moment.
        for (int tries = 0; tries < 20 && lock == null; tries++) {
            lock = channel.tryLock();
            if (lock == null) {
                sleep(250);
            }
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new DaemonServer(address, settings, runner, channel, lock));
    }

    /** Listens until stopped (by a client, by going stale, after the quiet period); then cleans up. */
    public void serve() throws IOException {
        Files.deleteIfExists(address.socket()); // left by a generator that died; the lock says none is running
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        channel.bind(UnixDomainSocketAddress.of(address.socket()));
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
        }
    }

    /** The pid of this process. */
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public synchronized void close() throws IOException {
        stopped = true;
        ServerSocketChannel channel = server;
        if (channel != null) {
            channel.close();
            Files.deleteIfExists(address.socket());
        }
        if (lockFile.isOpen()) {
            lock.release();
            lockFile.close();
        }
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
                        settings.onCancel().run();
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
        try {
            lastActivity = System.nanoTime();
            Protocol.write(client, Protocol.ACCEPTED, (int) pid());
            Thread cancel = new Thread(() -> watchForCancel(client, finished), "daemon-cancel");
            cancel.setDaemon(true);
            cancel.start();
            int code;
            try (PrintStream out = new PrintStream(Protocol.stream(client, Protocol.OUT), true, StandardCharsets.UTF_8);
                 PrintStream err = new PrintStream(Protocol.stream(client, Protocol.ERR), true, StandardCharsets.UTF_8)) {
                code = runner.run(request, out, err);
                out.flush();
                err.flush();
            }
            finished.set(true);
            commands.incrementAndGet();
            Protocol.write(client, Protocol.EXIT, code);
        } finally {
            finished.set(true);
            lastActivity = System.nanoTime();
            busy.set(false);
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
            settings.onCancel().run();
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

    private void closeQuietly() {
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
