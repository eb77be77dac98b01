package org.powerofwe.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root from wherever Maven runs the tests. */
public final class RepoPaths {

    private RepoPaths() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("site-config.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (site-config.yml) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
