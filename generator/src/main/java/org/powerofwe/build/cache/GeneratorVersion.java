package org.powerofwe.build.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Identifies the running generator by its content, so that a cache entry made by another build of
 * the generator is never used: for {@code site.jar}, the name, CRC and size of every file in it
 * (read from the jar's directory, without unpacking anything); for classes in a folder (tests),
 * the bytes of every class and the class path. The Java runtime is part of it, since number
 * formats come from its locale data.
 */
public final class GeneratorVersion {

    private static volatile String id;

    private GeneratorVersion() {
    }

    /** The identity of this generator and runtime, computed once per process. */
    public static String id() {
        String known = id;
        if (known == null) {
            known = compute();
            id = known;
        }
        return known;
    }

    private static String compute() {
        Fingerprint f = Fingerprint.start().add(Runtime.version().toString()).add(System.getProperty("java.vendor", ""));
        try {
            Path code = Path.of(GeneratorVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                jar(code, f);
            } else {
                folder(code, f);
                f.add(System.getProperty("java.class.path", ""));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown code: a fresh identity per process, so nothing is ever reused wrongly.
            f.add("unidentified " + System.nanoTime() + " " + ProcessHandle.current().pid());
        }
        return f.hex();
    }

    private static void jar(Path jar, Fingerprint f) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            f.add(zip.size());
            for (var entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                f.add(entry.getName()).add(entry.getCrc()).add(entry.getSize());
            }
        }
    }

    private static void folder(Path root, Fingerprint f) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            try {
                f.add(root.relativize(file).toString().replace('\\', '/')).add(Files.readAllBytes(file));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
