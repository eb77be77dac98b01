package org.powerofwe.render;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/** A broken theme is reported at the template's file and line, never as a stack trace. */
class TemplateErrorTest {

    @TempDir
    Path dir;

    @Test
    void syntaxErrorIsReportedAtTheTemplatesLine() {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        site.writeFile("themes/wecare/layouts/single.ftlh", "<p>\n<#if page.title>\n</p>\n");
        site.build();
        site.assertFailed().assertProblem("themes/wecare/layouts/single.ftlh:", "template error");
    }

    @Test
    void runtimeErrorIsReportedAtTheTemplatesLine() {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        site.writeFile("themes/wecare/layouts/axis.ftlh", "<p>ok</p>\n<p>${page.nothingHere}</p>\n");
        site.build();
        site.assertFailed().assertProblem("themes/wecare/layouts/axis.ftlh:2:6: error: template error", "nothingHere");
    }

    @Test
    void templatesCannotInstantiateJavaClasses() {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        site.writeFile("themes/wecare/layouts/axis.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        site.build();
        site.assertFailed().assertProblem("themes/wecare/layouts/axis.ftlh:1:", "template error");
    }

    @Test
    void templatesCannotReachTheJavaApiOfTheirData() {
        // ?api would hand a theme the Java methods behind the page (getClass(), and from there the
        // class loader); it is switched off, so a theme using it is an error at its line.
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        site.writeFile("themes/wecare/layouts/axis.ftlh", "<p>ok</p>\n<p>${page.translations?api.getClass().name}</p>\n");
        site.build();
        site.assertFailed().assertProblem("themes/wecare/layouts/axis.ftlh:2:", "api_builtin_enabled");
    }

    @Test
    void missingUiStringNamesTheKeyAndLanguage() {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        String fr = site.root().resolve("themes/wecare/i18n/fr.yml").toString();
        site.writeFile("themes/wecare/i18n/fr.yml", readWithout(fr, "skipLink:"));
        site.build();
        site.assertFailed().assertProblem("themes/wecare/i18n/fr.yml:1:1: error: UI string 'skipLink' is missing in language 'fr'", "themes/wecare/i18n/en.yml");
    }

    @Test
    void templateAskingForAnUndefinedUiString() {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        site.writeFile("themes/wecare/layouts/axis.ftlh", "<p>${t(\"no.such.key\")}</p>\n");
        site.build();
        site.assertFailed().assertProblem("themes/wecare/layouts/axis.ftlh:1:4: error: template error", "UI string 'no.such.key' is not defined for language 'en'");
    }

    @Test
    void missingTemplateForAPageKind() {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        site.delete("themes/wecare/layouts/axis.ftlh").delete("themes/wecare/layouts/single.ftlh");
        site.build();
        site.assertFailed().assertProblem("themes/wecare/layouts/single.ftlh:1:1: error: the theme has no template for axis pages", "axis.ftlh, single.ftlh");
    }

    @Test
    void htmlInContentIsEscapedByTemplates() {
        TestSite site = TestSite.write(dir, Sites.minimal("").replace("title: Government", "title: \"<script>alert(1)</script>\""));
        site.buildOk();
        site.assertFile("en/pact/government/index.html", "&lt;script&gt;alert(1)&lt;/script&gt;", "! <script>alert(1)");
    }

    private static String readWithout(String file, String prefix) {
        try {
            return String.join("\n", java.nio.file.Files.readAllLines(Path.of(file)).stream().filter(l -> !l.startsWith(prefix)).toList()) + "\n";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
