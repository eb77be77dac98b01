package org.powerofwe.daemon;

import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's small entry point ({@code java -cp site.jar org.powerofwe.daemon.DaemonClient
 * build ...}): hands {@code build} or {@code check} to the project's running generator and exits
 * with its exit code, after one line saying so. When none can take it, it prints nothing and
 * exits with {@link #NONE} (none running, a stale one, or one of another version, which it tells
 * to stop: the launcher builds in a new process and then starts one) or {@link #ELSEWHERE} (busy,
 * turned off, or another working folder: the launcher builds in a new process and starts none).
 */
public final class DaemonClient {

    /** No usable running generator: build in a new process, then start one. */
    public static final int NONE = 75;
    /** A running generator that cannot take this command: build in a new process only. */
    public static final int ELSEWHERE = 76;

    /** What a running generator says about itself ({@code ./site daemon --status}). */
    public record Status(long pid, String project, long startedMillis, int commands, boolean busy, long idleMillis,
            long quietMillis, String workingDir) {
    }

    private DaemonClient() {
    }

    public static void main(String[] args) {
        System.exit(forward(List.of(args), System.getenv(), Terminal.standardError(), System.out, System.err));
    }

    /**
     * Runs the command in the running generator, its output written to {@code out} and
     * {@code err} as it comes; returns its exit code, or {@link #NONE} / {@link #ELSEWHERE}.
     */
    public static int forward(List<String> args, Map<String, String> env, boolean terminal, PrintStream out, PrintStream err) {
        Optional<String> command = args.stream().filter(a -> !a.startsWith("-")).findFirst();
        if (!turnedOn(args, env) || command.isEmpty() || !List.of("build", "check").contains(command.get())
                || args.stream().anyMatch(a -> List.of("-h", "--help", "-V", "--version").contains(a))) {
            return ELSEWHERE;
        }
        Path cwd = Path.of("").toAbsolutePath();
        DaemonAddress address;
        try {
            address = DaemonAddress.of(DaemonAddress.projectOf(args, env, cwd), env);
        } catch (IOException | RuntimeException e) {
            return ELSEWHERE; // no such project folder: a new process says so in the usual words
        }
        if (address.ensurePrivateFolder().isPresent()) {
            return ELSEWHERE;
        }
        Optional<SocketChannel> connected = connect(address);
        if (connected.isEmpty()) {
            return NONE;
        }
        BuildRequest request = new BuildRequest(Identity.ofThisProcess(), args, cwd.toString(), terminal, BuildRequest.forwarded(env));
        try (SocketChannel channel = connected.get()) {
            Protocol.write(channel, Protocol.REQUEST, request.encode());
            Protocol.Frame reply = Protocol.read(channel);
            if (reply == null || reply.type() == Protocol.MISMATCH) {
                return NONE;
            }
            if (reply.type() != Protocol.ACCEPTED) {
                return ELSEWHERE;
            }
            return stream(channel, reply.number(), command.get(), args, out, err);
        } catch (IOException e) {
            return NONE;
        }
    }

    /** Whether the running generator may be used: not with --no-daemon, CI=true or SITE_DAEMON=0. */
    public static boolean turnedOn(List<String> args, Map<String, String> env) {
        return !args.contains("--no-daemon") && !"true".equals(env.get("CI")) && !"0".equals(env.get("SITE_DAEMON"));
    }

    private static int stream(SocketChannel channel, int pid, String command, List<String> args, PrintStream out, PrintStream err) throws IOException {
        Thread cancel = new Thread(() -> {
            try {
                Protocol.write(channel, Protocol.CANCEL, new byte[0]);
            } catch (IOException e) {
                // Already gone.
            }
        });
        Runtime.getRuntime().addShutdownHook(cancel);
        boolean printed = false;
        try {
            while (true) {
                Protocol.Frame frame = Protocol.read(channel);
                if (frame == null) {
                    if (!printed) {
                        return NONE;
                    }
                    err.println("error: the running generator (pid " + pid + ") stopped in the middle of the command");
                    err.println("    hint: run the command again; it then builds in a new process");
                    err.flush();
                    return 70;
                }
                switch (frame.type()) {
                    case Protocol.OUT -> {
                        out.write(frame.payload());
                        out.flush();
                        printed = true;
                    }
                    case Protocol.ERR -> {
                        err.write(frame.payload());
                        err.flush();
                        printed = true;
                    }
                    case Protocol.EXIT -> {
                        if (!args.contains("-q") && !args.contains("--quiet")) {
                            err.println((command.equals("check") ? "Checked" : "Built") + " with the running generator (pid " + pid
                                    + "; ./site daemon --stop stops it, --no-daemon skips it)");
                            err.flush();
                        }
                        return frame.number();
                    }
                    default -> {
                        // Unknown frames are skipped.
                    }
                }
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cancel);
            } catch (IllegalStateException e) {
                // Shutting down: the hook runs.
            }
        }
    }

    /** The running generator's status, if one is listening for the project. */
    public static Optional<Status> status(DaemonAddress address) {
        Optional<SocketChannel> connected = connect(address);
        if (connected.isEmpty()) {
            return Optional.empty();
        }
        try (SocketChannel channel = connected.get()) {
            Protocol.write(channel, Protocol.STATUS, new byte[0]);
            Protocol.Frame reply = Protocol.read(channel);
            if (reply == null || reply.type() != Protocol.STATUS_REPLY) {
                return Optional.empty();
            }
            String[] f = reply.text().split("\n", -1);
            return Optional.of(new Status(Long.parseLong(f[0]), f[1], Long.parseLong(f[2]), Integer.parseInt(f[3]),
                    Boolean.parseBoolean(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), f[7]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Tells the project's running generator to stop; its pid, or empty when none was running. */
    public static Optional<Long> stop(DaemonAddress address) {
        Optional<SocketChannel> connected = connect(address);
        if (connected.isEmpty()) {
            return Optional.empty();
        }
        try (SocketChannel channel = connected.get()) {
            Protocol.write(channel, Protocol.STOP, new byte[0]);
            Protocol.Frame reply = Protocol.read(channel);
            return reply != null && reply.type() == Protocol.STOPPING ? Optional.of((long) reply.number()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A connection to the project's socket; empty when there is none, or when the socket file is
     * left from a generator that died (nothing listens), which is then deleted.
     */
    static Optional<SocketChannel> connect(DaemonAddress address) {
        Path socket = address.socket();
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                return Optional.of(channel);
            } catch (IOException e) {
                channel.close();
                Files.deleteIfExists(socket);
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
