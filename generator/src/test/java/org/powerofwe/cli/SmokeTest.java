package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.RepoPaths;

/** The real command line on the repository's own content, as staff and CI run it. */
class SmokeTest {

    @TempDir
    Path out;

    @Test
    void buildsTheRealSiteInEveryLanguageWithoutErrors() throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        Path output = out.resolve("public");
        int code = Main.run(new Console(new PrintWriter(stdout, true), new PrintWriter(stderr, true)),
                "build", "--source", RepoPaths.root().toString(), "--output", output.toString());
        assertEquals(ExitCodes.OK, code, stderr.toString());
        assertTrue(stderr.toString().lines().noneMatch(l -> l.contains(": error:")), stderr.toString());
        for (String lang : new String[] {"en", "fr", "es"}) {
            assertTrue(Files.isRegularFile(output.resolve(lang + "/index.html")), lang + " home page");
        }
        assertTrue(stdout.toString().contains("Built "), stdout.toString());
    }

    @Test
    void helpListsTheCommands() {
        StringWriter stdout = new StringWriter();
        int code = Main.run(new Console(new PrintWriter(stdout, true), new PrintWriter(new StringWriter(), true)), "--help");
        assertEquals(ExitCodes.OK, code);
        assertTrue(stdout.toString().contains("build"), stdout.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        StringWriter stderr = new StringWriter();
        int code = Main.run(new Console(new PrintWriter(new StringWriter(), true), new PrintWriter(stderr, true)), "build", "--outptu", "x");
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(stderr.toString().contains("--outptu"), stderr.toString());
    }
}
