package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    /**
     * Under Git Bash, java is a Windows program that cannot open /c/Users/...: run with a fake
     * {@code uname} saying MINGW64 and a fake {@code cygpath}, the launcher must hand java the jar,
     * its class cache and the project as Windows paths, each whole despite the space in the folder.
     */
    @Test
    void underGitBashThePathsGivenToJavaAreWindowsPaths(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("My Site");
        Files.createDirectories(project.resolve("generator/target"));
        Files.copy(RepoPaths.root().resolve("site"), project.resolve("site"));
        Files.writeString(project.resolve("generator/target/site.jar"), "not a jar: the fake java only records its arguments");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("java-calls.txt");
        script(bin.resolve("uname"), "echo MINGW64_NT-10.0-19045");
        script(bin.resolve("cygpath"), "[ \"$1\" = -w ] || exit 1\nprintf 'C:%s\\n' \"$2\" | tr / '\\\\'");
        script(bin.resolve("java"), "{ echo \"SITE_SOURCE=$SITE_SOURCE\"; for a in \"$@\"; do echo \"[$a]\"; done; echo ---; } >> '" + calls + "'");
        ProcessBuilder run = new ProcessBuilder("bash", project.resolve("site").toString(), "build", "--drafts").redirectErrorStream(true);
        run.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        run.environment().put("SITE_AOT", "0");
        run.environment().remove("SITE_SOURCE");
        run.environment().remove("SITE_JAVA");
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);

        String windowsRoot = "C:" + project.toString().replace('/', '\\');
        String[] runs = Files.readString(calls).split("---\n");
        assertEquals(2, runs.length, "a training run for the class cache, then the command:\n" + String.join("---\n", runs));
        String training = runs[0];
        assertTrue(training.contains("[-XX:ArchiveClassesAtExit=" + windowsRoot + "\\generator\\target\\site.jsa]"), training);
        assertTrue(training.contains("[-jar]\n[" + windowsRoot + "\\generator\\target\\site.jar]"), training);
        assertTrue(training.contains("[--source]\n[" + windowsRoot + "]"), training);
        assertTrue(training.matches("(?s).*\\[--output]\n\\[C:\\\\[^\\]/]*public].*"), training);
        String command = runs[1];
        assertTrue(command.contains("SITE_SOURCE=" + windowsRoot + "\n"), command);
        assertTrue(command.contains("[-jar]\n[" + windowsRoot + "\\generator\\target\\site.jar]\n[build]\n[--drafts]\n"), command);
        assertTrue(!command.contains("[/"), "no POSIX path reaches java:\n" + command);
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        assertTrue(file.toFile().setExecutable(true));
    }

    private static String option(String script, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "=\"([^\"]+)\"|set \"" + name + "=([^\"]+)\"").matcher(script);
        assertTrue(m.find(), name + " is set in the launcher");
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
