package org.powerofwe.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildResult;
import org.powerofwe.build.SiteBuilder;
import org.powerofwe.testing.RepoPaths;

/**
 * A build killed at any moment (kill -9, a closed laptop, a cancelled CI job) leaves readers the
 * previous site whole, never half of a new one, and the next build cleans up after it.
 */
class InterruptedBuildTest {

    private static final long SEED = 20211116L;

    @TempDir
    Path dir;

    @Test
    void killingBuildsAtRandomMomentsNeverLeavesAPartialSite() throws Exception {
        Path project = RepoPaths.copyOfTheProject(dir.resolve("project"));
        Path output = project.resolve("public");
        assertTrue(build(project, output).published());
        String before = hashOf(output);

        Path home = project.resolve("content/_index.en.md");
        Files.writeString(home, Files.readString(home).replaceFirst("title: .*", "title: \"The Power of We, again\""));
        Random random = new Random(SEED);
        int killedWhileRunning = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            Process process = startBuild(project, output);
            long delay = 300 + random.nextInt(3000);
            boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
                killedWhileRunning++;
            }
            String now = hashOf(output);
            assertTrue(now.equals(before) || isCompleteNewSite(output),
                    "after a kill at " + delay + " ms the site is neither the previous one nor a complete new one");
        }
        assertTrue(killedWhileRunning > 0, "at least one build was killed while running (seed " + SEED + ")");

        BuildResult last = build(project, output);
        assertTrue(last.published());
        try (Stream<Path> builds = Files.list(project.resolve(".public.builds"))) {
            assertEquals(1, builds.count(), "only the published build is kept");
        }
        try (Stream<Path> siblings = Files.list(project)) {
            assertTrue(siblings.map(p -> p.getFileName().toString()).noneMatch(n -> n.contains(".next-") || n.contains("staging")),
                    "no half-made link or staging folder is left behind");
        }
    }

    /**
     * A build that fails half-way through writing (here: a file-size limit, as a full disk does)
     * reports it in words, keeps the previous site and leaves no staging folder behind; before,
     * pages still rendering in parallel wrote on into the folder being removed, and each failed
     * build left one more in .public.builds/.
     */
    @Test
    void aBuildThatCannotWriteLeavesThePreviousSiteAndNoStagingFolder() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        org.powerofwe.testing.TestSite site = org.powerofwe.testing.TestSite.write(dir, org.powerofwe.testing.Sites.minimal(""));
        Path output = site.output();
        assertTrue(build(site.root(), output).published());
        String before = hashOf(output);
        // Same title, so its social card is already in the cache: the failure is in writing the site.
        Files.writeString(site.root().resolve("content/_index.en.md"), "---\ntitle: The Power of We\n---\n" + "Words of welcome. ".repeat(2000));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int attempt = 0; attempt < 3; attempt++) {
            Process process = new ProcessBuilder("/bin/bash", "-c", "ulimit -f 16; exec \"$0\" -XX:-UsePerfData -cp \"$1\" org.powerofwe.cli.Main "
                    + "build -q --threads 2 --source \"$2\" --output \"$3\"", java, System.getProperty("java.class.path"), site.root().toString(), output.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS));
            String log = Files.readString(dir.resolve("build.log"));
            assertEquals(1, process.exitValue(), log);
            assertTrue(log.contains("error: cannot write the output folder") && !log.contains("\tat "), log);
            assertEquals(before, hashOf(output), "the previous site is whole");
            try (Stream<Path> builds = Files.list(site.root().resolve(".public.builds"))) {
                assertEquals(1, builds.count(), "only the published build is kept after failed attempt " + attempt);
            }
        }
    }

    /** A complete new build: the edited home page is there, and so are the sitemap and every language's 404, written last. */
    private static boolean isCompleteNewSite(Path output) throws IOException {
        return Files.readString(output.resolve("en/index.html")).contains("The Power of We, again")
                && Files.exists(output.resolve(OutputGuard.MARKER)) && Files.exists(output.resolve("sitemap.xml"))
                && Files.exists(output.resolve("es/404.html"));
    }

    private Process startBuild(Path project, Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.powerofwe.cli.Main",
                "build", "-q", "--source", project.toString(), "--output", output.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
    }

    private static BuildResult build(Path project, Path output) {
        return new SiteBuilder().build(BuildOptions.of(project, output));
    }


    /** A digest of every file of a site (names and bytes), through the {@code public} link. */
    static String hashOf(Path output) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        Path root = output.toRealPath();
        TreeMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.put(root.relativize(f).toString(), f));
        }
        for (var entry : files.entrySet()) {
            digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(entry.getValue()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
