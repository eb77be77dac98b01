package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.powerofwe.testing.InstalledJavas.JAR;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.InstalledJavas;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * Staff who save a build's messages to a file ({@code ./site build 2> build.log}) or read them in
 * a CI log see the summary and problems only, never "Rendering pages 13/159" lines joined by
 * carriage returns; on a terminal the progress line still shows. Runs the jar {@code ./site}
 * runs with every JDK under /usr/lib/jvm, inside a pseudo-terminal that {@code script} opens:
 * the JDK's console looks at standard input and output, not at standard error, and from JDK 22
 * may exist when nothing is a terminal.
 */
class ProgressLineTest {

    @TempDir
    Path dir;

    private TestSite site;
    private List<Path> javas;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "run after `mvn package` (or ./site), which makes " + JAR);
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux's script for a pseudo-terminal");
        javas = InstalledJavas.list();
        assumeTrue(!javas.isEmpty(), "no JDK under /usr/lib/jvm");
        site = TestSite.write(dir, Sites.minimal(""));
    }

    @Test
    void standardErrorSavedToAFileGetsNoProgressLineOnAnyInstalledJdk() throws Exception {
        eachJava(java -> {
            Path log = dir.resolve("errors.log");
            inTerminal(build(java) + " 2> " + log);
            String errors = Files.readString(log);
            assertFalse(errors.contains("\r") || errors.contains("Rendering"), java + " wrote a progress line to a file:\n" + errors);
        });
    }

    @Test
    void allOutputSavedToAFileGetsNoProgressLineOnAnyInstalledJdk() throws Exception {
        eachJava(java -> {
            Path log = dir.resolve("build.log");
            inTerminal(build(java) + " > " + log + " 2>&1");
            String output = Files.readString(log);
            assertFalse(output.contains("\r") || output.contains("Rendering"), java + " wrote a progress line to a file:\n" + output);
            assertTrue(output.contains("pages"), java + " printed its summary:\n" + output);
        });
    }

    @Test
    void aTerminalStillShowsTheProgressLineOnAnyInstalledJdk() throws Exception {
        eachJava(java -> {
            String screen = inTerminal(build(java));
            assertTrue(screen.contains("\rRendering pages"), java + " showed no progress line on a terminal:\n" + screen);
        });
    }

    /** Checks every JDK, so a failure names each one that misbehaves. */
    private void eachJava(ThrowingConsumer<Path> check) {
        assertAll(javas.stream().map(java -> () -> check.accept(java)));
    }

    private String build(Path java) {
        return java + " -Xmx512m -jar " + JAR.toAbsolutePath() + " build --source " + site.root() + " --output " + dir.resolve("public");
    }

    /** Runs a shell command line with a pseudo-terminal for its standard streams; returns what it showed there. */
    private static String inTerminal(String commandLine) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qec", commandLine, "/dev/null").redirectErrorStream(true);
        // As on a developer's machine: CI=true and GitHub Actions turn the progress line off by themselves.
        builder.environment().remove("CI");
        builder.environment().remove("GITHUB_ACTIONS");
        Process process = builder.start();
        process.getOutputStream().close();
        String screen = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), commandLine + " did not finish");
        assertEquals(0, process.exitValue(), commandLine + ":\n" + screen);
        return screen;
    }
}
