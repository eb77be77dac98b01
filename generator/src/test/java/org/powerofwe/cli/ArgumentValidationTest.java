package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.powerofwe.publish.InterruptedBuildTestAccess;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;
import org.powerofwe.testing.TreeSnapshot;

/**
 * Every argument of every command is checked before anything is written: a value out of range is
 * a usage error (exit 2) naming the option and what is allowed, never exit 70 with a Java
 * exception, and the project and the published site are left exactly as they were.
 */
class ArgumentValidationTest {

    @TempDir
    Path dir;

    private static final String SITE = Sites.minimal("""
            -- content/report/_index.en.md --
            ---
            title: Reports
            ---
            -- content/report/2021/_index.en.md --
            ---
            title: Report 2021
            year: 2021
            ---
            """);

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(new String[] {"new", "chapter", "outlook", "--year", "-1"}, "invalid value for --year: -1 (a report's year is from 1900 to 2100)"),
                Arguments.of(new String[] {"new", "chapter", "outlook", "--year", "99999"}, "invalid value for --year: 99999"),
                Arguments.of(new String[] {"new", "chapter", "outlook", "--year", "0"}, "invalid value for --year: 0"),
                Arguments.of(new String[] {"new", "pledge", "outlook", "--year", "2021"}, "--year goes with the chapter type"),
                Arguments.of(new String[] {"new", "pledge", "../../etc"}, "'../../etc' cannot be a page name"),
                Arguments.of(new String[] {"new", "pledge", "x", "--lang", "../fr"}, "'../fr' is not one of the site's languages"),
                Arguments.of(new String[] {"serve", "--port", "99999"}, "invalid value for --port: 99999 (a port is a number from 1 to 65535)"),
                Arguments.of(new String[] {"serve", "--port", "-5"}, "invalid value for --port: -5"),
                Arguments.of(new String[] {"serve", "--port", "0"}, "invalid value for --port: 0"),
                Arguments.of(new String[] {"build", "--threads", "100000"}, "invalid value for --threads: 100000 (the number of worker threads is from 1 to 64)"),
                Arguments.of(new String[] {"build", "--threads", "-3"}, "invalid value for --threads: -3"),
                Arguments.of(new String[] {"build", "--threads", "0"}, "invalid value for --threads: 0"),
                Arguments.of(new String[] {"build", "--base-url", "example.org/x"}, "invalid value for --base-url: 'example.org/x' is not an absolute web address"),
                Arguments.of(new String[] {"build", "--base-url", "javascript:alert(1)//"}, "'javascript:alert(1)//' is not an absolute web address"),
                Arguments.of(new String[] {"build", "--base-url", "https://example.org/?q=1"}, "is not an absolute web address"),
                Arguments.of(new String[] {"build", "--base-url", "ftp://example.org/"}, "is not an absolute web address"),
                Arguments.of(new String[] {"translations", "--all"}, "--all goes with --mark LANG"),
                Arguments.of(new String[] {"translations", "--mark", "en", "--all"}, "'en' is not a translated language of this site"),
                Arguments.of(new String[] {"translations", "--format", "yaml"}, "expected one of [TEXT, JSON, MARKDOWN]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void aBadArgumentIsAUsageErrorThatSaysWhatIsAllowed(String[] args, String expected) throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(ExitCodes.OK, site.run("build", "-q").exitCode());
        String published = InterruptedBuildTestAccess.hashOf(site.output());
        Map<String, String> sources = TreeSnapshot.of(site.root(), "public", ".public.builds");

        // Without the checks, serve --port 0 started a server and never returned: bound the wait.
        TestSite.CommandRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120), () -> site.run(args));

        assertEquals(ExitCodes.USAGE, run.exitCode(), String.join(" ", args) + ":\n" + run.err());
        assertTrue(run.err().contains(expected), "expected '" + expected + "' in:\n" + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("internal error"),
                "no stack trace:\n" + run.err());
        assertEquals(sources, TreeSnapshot.of(site.root(), "public", ".public.builds"), "nothing was written into the project");
        assertEquals(published, InterruptedBuildTestAccess.hashOf(site.output()), "the published site is unchanged");
    }

    @Test
    void valuesInRangeStillWork() {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(ExitCodes.OK, site.run("build", "-q", "--threads", "1", "--base-url", "https://example.org/sub").exitCode());
        assertTrue(site.file("en/index.html").contains("https://example.org/sub/en/"), "the base URL gets its final slash");
        TestSite.CommandRun created = site.run("new", "chapter", "outlook", "--year", "2021");
        assertEquals(ExitCodes.OK, created.exitCode(), created.err());
    }
}
