package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.powerofwe.testing.RepoPaths;

/**
 * site.cmd, for staff on Windows without Git Bash, cannot be run here (no Windows at hand): this
 * reads what it runs and compares it with the ./site launcher, so the two never drift apart.
 */
class WindowsLauncherTest {

    @Test
    void siteCmdBuildsAndRunsTheGeneratorAsTheSiteLauncherDoes() throws IOException {
        String cmd = Files.readString(RepoPaths.root().resolve("site.cmd"));
        String bash = Files.readString(RepoPaths.root().resolve("site"));
        assertTrue(cmd.contains("\r\n"), "cmd.exe needs Windows line ends");
        assertEquals(option(bash, "build_opts"), option(cmd, "opts"), "the same Java options for build, check, new and translations");
        assertTrue(cmd.contains("if /i \"%~1\"==\"serve\" set \"opts=" + option(bash, "serve_opts") + "\""), "the preview gets the server's options");
        assertTrue(cmd.contains("java %opts% -jar \"%jar%\" %*"), "every argument is passed on to the generator");
        assertTrue(cmd.contains("-pl generator -am -DskipTests package") && bash.contains("-pl generator -am -DskipTests package"),
                "the generator is built with the same Maven command");
        assertTrue(cmd.contains("generator\\target\\site.jar"), "it runs the jar ./site builds");
        assertTrue(cmd.contains("exit /b 70"), "a failed build of the generator exits with 70, as ./site does");
        assertTrue(cmd.contains("SITE_SOURCE") && cmd.contains("SITE_JAVA_OPTS"), "the same environment variables");
    }

    private static String option(String script, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "=\"([^\"]+)\"|set \"" + name + "=([^\"]+)\"").matcher(script);
        assertTrue(m.find(), name + " is set in the launcher");
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
