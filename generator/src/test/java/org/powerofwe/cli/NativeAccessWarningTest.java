package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.powerofwe.testing.InstalledJavas.JAR;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.InstalledJavas;
import org.powerofwe.testing.PhotoSite;
import org.powerofwe.testing.TestSite;

/**
 * Staff building a page with photos never see "WARNING: A restricted method in java.lang.System
 * has been called" (the WebP library loads native code, which JDK 22 and later warn about unless
 * the jar's manifest enables native access). Runs the jar {@code ./site} runs, as it runs it,
 * with every JDK installed under /usr/lib/jvm (JDK 17 must ignore the attribute, JDK 25 honour it).
 */
class NativeAccessWarningTest {

    @TempDir
    Path dir;

    @Test
    void buildingPhotosPrintsNoRestrictedMethodWarningOnAnyInstalledJdk() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "run after `mvn package` (or ./site), which makes " + JAR);
        List<Path> javas = InstalledJavas.list();
        assumeTrue(!javas.isEmpty(), "no JDK under /usr/lib/jvm");
        TestSite site = PhotoSite.write(dir);
        int run = 0;
        for (Path java : javas) {
            Path output = dir.resolve("public-" + run++);
            deleteCache(site.root());
            Process process = new ProcessBuilder(java.toString(), "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(), "build", "-q",
                    "--source", site.root().toString(), "--output", output.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(!process.waitFor(120, TimeUnit.SECONDS), java + " did not finish");
            assertEquals(0, process.exitValue(), java + ": " + err);
            assertFalse(err.contains("WARNING: A restricted method"), java + " warned about native access:\n" + err);
            assertFalse(Files.notExists(output.resolve("en/news/gathering/index.html")), "the photo page was built by " + java);
        }
    }

    /** Photos already converted are not converted again, and the native library is then not loaded: start without the cache. */
    private static void deleteCache(Path root) throws IOException {
        Path cache = root.resolve(".cache");
        if (Files.exists(cache)) {
            try (Stream<Path> walk = Files.walk(cache)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
