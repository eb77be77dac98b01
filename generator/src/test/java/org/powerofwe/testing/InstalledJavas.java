package org.powerofwe.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jar {@code ./site} runs and every JDK installed under /usr/lib/jvm, for tests of what
 * differs between Java releases (JDK 17 is the oldest we support, 25 the one ./site prefers).
 */
public final class InstalledJavas {

    /** What {@code mvn package} (or ./site) makes; tests that need it skip themselves without it. */
    public static final Path JAR = Path.of("target", "site.jar");

    private InstalledJavas() {
    }

    /** The {@code java} command of each JDK under /usr/lib/jvm, each real JDK once. */
    public static List<Path> list() throws IOException {
        Path jvm = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvm)) {
            return List.of();
        }
        try (Stream<Path> homes = Files.list(jvm)) {
            // Debian links several names to one JDK; each real JDK is run once.
            return homes.filter(h -> !Files.isSymbolicLink(h) && Files.isRegularFile(h.resolve("release")) && Files.isExecutable(h.resolve("bin/java")))
                    .map(h -> h.resolve("bin/java")).sorted().toList();
        }
    }
}
