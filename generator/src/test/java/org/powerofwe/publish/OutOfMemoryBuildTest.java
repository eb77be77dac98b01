package org.powerofwe.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.SiteBuilder;
import org.powerofwe.cli.ExitCodes;
import org.powerofwe.testing.RepoPaths;

/**
 * A site grown larger than the memory the generator may use: staff read what happened and how
 * to give it more, not a Java stack trace, and readers keep the previous site.
 */
class OutOfMemoryBuildTest {

    @TempDir
    Path dir;

    @Test
    void aBuildOutOfMemorySaysHowToGiveItMoreAndKeepsThePreviousSite() throws Exception {
        Path project = RepoPaths.copyOfTheProject(dir.resolve("project"));
        Path output = project.resolve("public");
        assertTrue(new SiteBuilder().build(BuildOptions.of(project, output)).published());
        String before = InterruptedBuildTest.hashOf(output);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("build.log");
        Process process = new ProcessBuilder(java, "-Xmx12m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.powerofwe.cli.Main", "build", "-q", "--source", project.toString(), "--output", output.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the build ends");
        String said = Files.readString(log);

        assertEquals(ExitCodes.OUT_OF_MEMORY, process.exitValue(), said);
        assertTrue(said.startsWith("error: the generator ran out of memory"), said);
        assertTrue(said.contains("the published site was not changed"), said);
        assertTrue(said.contains("SITE_JAVA_OPTS='-XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1 -Xmx2g -Xss4m' ./site build -q"), said);
        assertFalse(said.contains("\tat ") || said.contains("Exception in thread"), "no stack trace:\n" + said);
        assertEquals(before, InterruptedBuildTest.hashOf(output), "the previous site is unchanged");
    }
}
