package org.powerofwe.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the running generator of one project listens: a Unix domain socket named from a hash of
 * the project's real path, in a folder of the user's own ({@code $XDG_RUNTIME_DIR/power-of-we},
 * else {@code /tmp/power-of-we-UID}) that only the user may open (0700). The folder's
 * permissions are the main guard: a socket in it cannot be reached by another user; the server
 * also checks the peer's user where the system tells it.
 */
public record DaemonAddress(Path folder, Path project) {

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    /** The address for a project folder (made real: links resolved), with the folder chosen from {@code env}. */
    public static DaemonAddress of(Path project, Map<String, String> env) throws IOException {
        Path real = project.toRealPath();
        String runtime = env.get("XDG_RUNTIME_DIR");
        Path folder = runtime != null && !runtime.isEmpty() && Path.of(runtime).isAbsolute() && Files.isDirectory(Path.of(runtime))
                ? Path.of(runtime, "power-of-we")
                : Path.of(System.getProperty("java.io.tmpdir", "/tmp"), "power-of-we-" + userId());
        return new DaemonAddress(folder, real);
    }

    /**
     * The project a command works on, as the command line would find it: {@code --source DIR}
     * among the arguments, else {@code SITE_SOURCE}, else the working folder.
     */
    public static Path projectOf(List<String> args, Map<String, String> env, Path workingDir) {
        String source = env.getOrDefault("SITE_SOURCE", "");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            } else if (arg.equals("--source") && i + 1 < args.size()) {
                source = args.get(i + 1);
            } else if (arg.startsWith("--source=")) {
                source = arg.substring("--source=".length());
            }
        }
        return workingDir.resolve(source.isEmpty() ? "." : source).normalize();
    }

    public Path socket() {
        return folder.resolve(key() + ".sock");
    }

    /** Held by the running generator while it lives, so that two never start for one project. */
    public Path lock() {
        return folder.resolve(key() + ".lock");
    }

    /** What the running generator printed outside any command (a library's warning, a crash). */
    public Path log() {
        return folder.resolve(key() + ".log");
    }

    /** 16 hex digits of a 64-bit FNV-1a hash of the project's real path. */
    String key() {
        long hash = 0xcbf29ce484222325L;
        for (byte b : project.toString().getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return String.format("%016x", hash);
    }

    /**
     * Creates the folder with 0700 permissions when missing; empty when it is usable, else the
     * reason it is not (another user's folder, open to others, a link), in which case no running
     * generator is used.
     */
    public Optional<String> ensurePrivateFolder() {
        try {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder.getParent());
                try {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // Made meanwhile by another command: checked below like any other.
                }
            }
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory()) {
                return Optional.of(folder + " is not a folder");
            }
            if (!attributes.owner().getName().equals(System.getProperty("user.name"))) {
                return Optional.of(folder + " belongs to " + attributes.owner().getName());
            }
            if (!attributes.permissions().equals(PRIVATE)) {
                return Optional.of(folder + " can be opened by other users (" + PosixFilePermissions.toString(attributes.permissions()) + ")");
            }
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of("cannot make " + folder + ": " + e.getMessage());
        }
    }

    /** The numeric user id on Linux (from /proc), else the user's name. */
    private static String userId() {
        try {
            return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        }
    }
}
