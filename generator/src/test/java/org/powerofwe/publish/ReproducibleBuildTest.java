package org.powerofwe.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.RepoPaths;

/**
 * The same content gives the same site, byte for byte, whoever builds it and wherever: another
 * time zone, another language of the machine, another number of threads, another order of files
 * on disk. (A reviewer can trust a diff of two builds; a cache can trust a file's hash.)
 */
class ReproducibleBuildTest {

    @TempDir
    Path dir;

    @Test
    void buildsOnDifferentMachinesGiveByteIdenticalSites() throws Exception {
        Path first = RepoPaths.copyOfTheProject(dir.resolve("first"), false);
        Path second = RepoPaths.copyOfTheProject(dir.resolve("second"), true);
        build(first, List.of("-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=GB"), "1",
                Map.of("TZ", "UTC", "LC_ALL", "C"));
        build(second, List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1"),
                "4", Map.of("TZ", "Pacific/Kiritimati", "LC_ALL", "tr_TR.UTF-8"));
        assertEquals(listing(first.resolve("public")), listing(second.resolve("public")), "the same files");
        assertEquals(InterruptedBuildTest.hashOf(first.resolve("public")), InterruptedBuildTest.hashOf(second.resolve("public")),
                "the same bytes in every file");
    }

    private void build(Path project, List<String> jvm, String threads, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.powerofwe.cli.Main",
                "build", "-q", "--threads", threads, "--source", project.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(project.resolveSibling(project.getFileName() + ".log").toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), Files.readString(project.resolveSibling(project.getFileName() + ".log")));
    }

    private static List<String> listing(Path output) throws IOException {
        Path root = output.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

}
