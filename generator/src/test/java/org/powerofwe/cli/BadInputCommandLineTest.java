package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.powerofwe.publish.InterruptedBuildTestAccess;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * Every kind of bad input, through the real command line on a site that was built before: a
 * problem at its file, line and column with a hint, exit code 1, no stack trace, and the site
 * readers see is exactly the previous one.
 */
class BadInputCommandLineTest {

    @TempDir
    Path dir;

    private static final String BASE = Sites.minimal("""
            -- content/pledges/_index.en.md --
            ---
            title: Pledges
            ---
            -- content/pledges/subsidiarity.en.md --
            ---
            title: Subsidiarity
            axis: government
            weight: 1
            ---
            Text.
            """);

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("front matter not closed", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\n"),
                        "content/pledges/a.en.md:1:1: error: the front matter is not closed"),
                bad("invalid YAML", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A: B\n---\n"),
                        "content/pledges/a.en.md:2:9: error: invalid YAML"),
                bad("duplicate key", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\ntitle: B\n---\n"),
                        "content/pledges/a.en.md:3:1: error: duplicate field 'title'"),
                bad("text where a number belongs", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\naxis: government\nweight: first\n---\n"),
                        "content/pledges/a.en.md:4:9: error: 'weight' must be a whole number"),
                bad("impossible date", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\naxis: government\nweight: 2\ndate: 2021-13-01\n---\n"),
                        "content/pledges/a.en.md:5:7: error: 'date' is not a real date"),
                bad("date in the year 0", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\naxis: government\nweight: 2\ndate: 0000-01-01\n---\n"),
                        "content/pledges/a.en.md:5:7: error: 'date' has the year 0, outside 1900-2100"),
                bad("two chapters with one label", s -> s.writeFile("content/report/_index.en.md", "---\ntitle: Reports\n---\n")
                                .writeFile("content/report/2021/_index.en.md", "---\ntitle: Report 2021\nyear: 2021\n---\n")
                                .writeFile("content/report/2021/a.en.md", "---\ntitle: A\nyear: 2021\nweight: 1\nchapter: \"2\"\n---\n")
                                .writeFile("content/report/2021/b.en.md", "---\ntitle: B\nyear: 2021\nweight: 1\nchapter: \"2\"\n---\n"),
                        "content/report/2021/b.en.md:5:10: error: chapter label '2' is already used by content/report/2021/a.en.md in the 2021 report"),
                bad("missing required field", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\naxis: government\n---\n"),
                        "content/pledges/a.en.md:1:1: error: missing required field 'weight'"),
                bad("unknown axis", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\naxis: planett\nweight: 2\n---\n"),
                        "content/pledges/a.en.md:3:7: error: unknown axis 'planett'"),
                bad("unknown pledge", s -> s.writeFile("content/undertakings/_index.en.md", "---\ntitle: Undertakings\n---\n")
                                .writeFile("content/undertakings/finance.en.md", "---\ntitle: Finance\naxis: government\nweight: 1\npledges: [subsidiarty]\n---\n"),
                        "content/undertakings/finance.en.md:5:11: error: unknown pledge 'subsidiarty'"),
                bad("unknown metric", s -> s.writeFile("content/campaigns/_index.en.md", "---\ntitle: Campaigns\n---\n")
                                .writeFile("content/campaigns/c.en.md", "---\ntitle: C\nhashtags: [\"#UCLGMeets\"]\nmetrics: [retreat-participants]\n---\n"),
                        "content/campaigns/c.en.md:4:11: error: unknown figure 'retreat-participants'"),
                bad("two pages claiming one URL", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\naxis: government\nweight: 2\nslug: subsidiarity\n---\n"),
                        "error: this page and"),
                bad("slug with a slash", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\naxis: government\nweight: 2\nslug: /etc/passwd\n---\n"),
                        "content/pledges/a.en.md:5:7: error: slug '/etc/passwd' is not allowed"),
                bad("slug climbing out with ..", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\naxis: government\nweight: 2\nslug: ../../etc\n---\n"),
                        "content/pledges/a.en.md:5:7: error: slug '../../etc' is not allowed"),
                bad("alias leaving the site", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\naxis: government\nweight: 2\naliases: [\"../../x\"]\n---\n"),
                        "content/pledges/a.en.md:5:11: error: alias '../../x' is not a path inside the site"),
                bad("unconfigured language", s -> s.writeFile("content/pledges/a.pt.md", "---\ntitle: A\n---\n"),
                        "content/pledges/a.pt.md:1:1: error: language code 'pt' is not one of the site's languages"),
                bad("invalid UTF-8", s -> s.writeBytes("content/pledges/a.en.md", new byte[] {'-', '-', '-', '\n', 't', ':', (byte) 0xC3, '\n'}),
                        "content/pledges/a.en.md:2:3: error: this file is not valid UTF-8 text"),
                bad("empty file", s -> s.writeFile("content/pledges/a.en.md", ""),
                        "content/pledges/a.en.md:1:1: error: this page is empty"),
                bad("huge file", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\n---\n" + "x".repeat(3_000_000)),
                        "content/pledges/a.en.md:1:1: error: this file is too large"),
                bad("alias bomb", s -> s.writeFile("content/pledges/a.en.md", bomb()),
                        "content/pledges/a.en.md:"),
                bad("nesting too deep", s -> s.writeFile("content/pledges/a.en.md", "---\ntitle: A\nx: " + "[".repeat(200) + "]".repeat(200) + "\n---\n"),
                        "content/pledges/a.en.md:"),
                bad("template syntax error", s -> s.writeFile("themes/wecare/layouts/pledge.ftlh", "<#if>\n"),
                        "themes/wecare/layouts/pledge.ftlh:1:"),
                bad("missing template", s -> s.writeFile("themes/wecare/layouts/404.ftlh.removed", "").delete("themes/wecare/layouts/404.ftlh"),
                        "themes/wecare/layouts/404.ftlh:1:1: error: the theme has no 404.ftlh template"),
                bad("missing UI string", s -> s.writeFile("themes/wecare/i18n/es.yml", "skipLink: Saltar\n"),
                        "themes/wecare/i18n/es.yml:1:1: error: UI string"),
                bad("theme that does not exist", s -> s.writeFile("site-config.yml", read(s, "site-config.yml").replace("theme: wecare", "theme: weecare")),
                        "site-config.yml:3:8: error: theme 'weecare' does not exist in themes/"),
                bad("figure too large to format", s -> s.writeFile("content/data/metrics/m.yml", figure("1e19")),
                        "content/data/metrics/m.yml:3:12: error: 'value' 1e19 is out of range for a figure"),
                bad("figure of 1e300", s -> s.writeFile("content/data/metrics/m.yml", figure("1e300")),
                        "content/data/metrics/m.yml:3:12: error: 'value' 1e300 is out of range"),
                bad("figure with 300 decimals", s -> s.writeFile("content/data/metrics/m.yml", figure("1e-300")),
                        "content/data/metrics/m.yml:3:12: error: 'value' 1e-300 is out of range"),
                bad("layout naming a missing template", s -> s.writeFile("content/pledges/subsidiarity.en.md",
                                "---\ntitle: Subsidiarity\naxis: government\nweight: 1\nlayout: wide\n---\nText.\n"),
                        "content/pledges/subsidiarity.en.md:5:9: error: layout 'wide' names a template that the theme does not have"),
                bad("template including itself", s -> s.writeFile("themes/wecare/layouts/pledge.ftlh",
                                "<p>${page.title}</p>\n  <#include \"pledge.ftlh\">\n"),
                        "themes/wecare/layouts/pledge.ftlh:2:3: error: template error: this #include leads back to a template being included (pledge.ftlh → pledge.ftlh)"),
                bad("templates including each other", s -> s.writeFile("themes/wecare/layouts/partials/a.ftlh", "<#include \"b.ftlh\">\n")
                                .writeFile("themes/wecare/layouts/partials/b.ftlh", "x\n<#include \"/partials/a.ftlh\">\n"),
                        "themes/wecare/layouts/partials/b.ftlh:2:1: error: template error: this #include leads back"),
                bad("macro calling itself without end", s -> s.writeFile("themes/wecare/layouts/pledge.ftlh",
                                "<#macro loop><@loop/></#macro><@loop/>\n"),
                        "themes/wecare/layouts/pledge.ftlh:1:1: error: template error: rendering pledge.ftlh never ended"),
                bad("template linked from outside the theme", s -> link(s, "themes/wecare/layouts/extra.ftlh", s.root().resolve("site-config.yml")),
                        "themes/wecare/layouts/extra.ftlh:1:1: error: this template is a link to a file outside the theme's layouts/ folder"),
                bad("content symlink leading outside", s -> link(s, "content/pledges/a.en.md", s.root().resolve("site-config.yml")),
                        "content/pledges/a.en.md:1:1: error: this link points outside content/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isReportedAtItsPlaceAndLeavesThePublishedSiteAsItWas(String name, Consumer<TestSite> mistake, String expected) throws Exception {
        TestSite site = TestSite.write(dir, BASE);
        assertEquals(ExitCodes.OK, site.run("build", "-q").exitCode());
        String before = InterruptedBuildTestAccess.hashOf(site.output());

        mistake.accept(site);
        TestSite.CommandRun run = site.run("build");
        assertEquals(ExitCodes.CONTENT_ERRORS, run.exitCode(), name + ":\n" + run.err() + run.out());
        assertTrue(run.err().lines().anyMatch(l -> l.contains(expected)), name + ": expected " + expected + " in:\n" + run.err());
        assertTrue(run.err().contains("    hint: "), name + ": every problem comes with a hint:\n" + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), name + ": no stack trace:\n" + run.err());
        assertTrue(run.err().lines().filter(l -> !l.startsWith("    ")).allMatch(l -> l.matches("[^:]+:\\d+:\\d+: (error|warning): .+")),
                name + ": every problem reads path:line:column: severity: message:\n" + run.err());
        assertEquals(before, InterruptedBuildTestAccess.hashOf(site.output()), name + ": the published site is unchanged");
    }

    /** A named pipe in content/ once made the build wait for ever; a percentage over 100 passed unnoticed. */
    @org.junit.jupiter.api.Test
    void specialFilesAreSkippedAndOddFiguresWarnedAboutWithoutStoppingTheBuild() throws Exception {
        TestSite site = TestSite.write(dir, BASE);
        site.writeFile("content/data/metrics/m.yml", figure("250").replace("unit: count", "unit: percent"));
        Process mkfifo = new ProcessBuilder("mkfifo", site.root().resolve("content/pledges/pipe.en.md").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed for this test");
        String log = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> site.run("build").err());
        assertTrue(log.contains("content/pledges/pipe.en.md:1:1: warning: this is not a regular file (a named pipe, device or socket), so it was skipped"), log);
        assertTrue(log.contains("content/data/metrics/m.yml:3:12: warning: a percentage of 250 % is more than the whole"), log);
        Files.delete(site.root().resolve("content/pledges/pipe.en.md"));
        Process templatePipe = new ProcessBuilder("mkfifo", site.root().resolve("themes/wecare/layouts/pipe.ftlh").toString()).start();
        assertEquals(0, templatePipe.waitFor());
        TestSite.CommandRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> site.run("build"));
        assertEquals(ExitCodes.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("themes/wecare/layouts/pipe.ftlh:1:1: error: this template is not a regular file"), run.err());
    }

    @org.junit.jupiter.api.Test
    void anOutputFolderThatCannotBeWrittenIsReportedWithoutAStackTrace() throws Exception {
        TestSite site = TestSite.write(dir, BASE);
        Files.writeString(dir.resolve("a-file"), "not a folder");
        TestSite.CommandRun run = site.run("build", "--output", dir.resolve("a-file/public").toString());
        assertEquals(ExitCodes.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("a-file/public:1:1: error: cannot write the output folder"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @org.junit.jupiter.api.Test
    void anOutputFolderThatIsOrHoldsTheSourcesIsRefused() {
        TestSite site = TestSite.write(dir, BASE);
        for (String output : new String[] {".", "content", "themes", "..", "content/pledges"}) {
            TestSite.CommandRun run = site.run("build", "--output", site.root().resolve(output).normalize().toString());
            assertEquals(ExitCodes.CONTENT_ERRORS, run.exitCode(), output);
            assertTrue(run.err().contains("error: the output folder"), run.err());
        }
        assertTrue(Files.exists(site.root().resolve("content/_index.en.md")), "the sources are intact");
    }

    private static Arguments bad(String name, Consumer<TestSite> mistake, String expected) {
        return Arguments.of(name, mistake, expected);
    }

    private static String figure(String value) {
        return "metrics:\n  - id: delegates\n    value: " + value + "\n    unit: count\n    period: \"2021\"\n    chapter: x\n"
                + "    label: { en: Delegates, fr: Délégués, es: Delegados }\n";
    }

    private static String bomb() {
        StringBuilder yaml = new StringBuilder("---\ntitle: A\na: &a [x, x, x, x, x, x, x, x, x]\n");
        String previous = "a";
        for (int i = 0; i < 15; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" [").append(("*" + previous + ", ").repeat(8)).append("*").append(previous).append("]\n");
            previous = "l" + i;
        }
        return yaml.append("---\n").toString();
    }

    private static String read(TestSite site, String path) {
        try {
            return Files.readString(site.root().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(TestSite site, String path, Path target) {
        try {
            Files.createSymbolicLink(site.root().resolve(path), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
