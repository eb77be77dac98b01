package org.powerofwe.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/**
 * Every page of the built site is valid HTML by the Nu HTML Checker (the W3C validator), so
 * browsers and assistive technologies read it the same way. Runs without a browser.
 */
class HtmlValidityTest {

    @Test
    void everyBuiltPagePassesTheNuHtmlCheckerWithoutErrors() throws Exception {
        RealSite site = RealSite.get();
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        List<String> errors = new ArrayList<>();
        List<String> files = site.htmlFiles();
        for (String file : files) {
            String output = validator.validate(site.output.resolve(file));
            output.lines().filter(line -> line.contains(": error:") || line.contains("fatal"))
                    .forEach(line -> errors.add(file + ": " + line.replaceFirst("^\"[^\"]*\":", "")));
        }
        assertTrue(files.size() > 150, "the whole site was checked: " + files.size() + " pages");
        assertTrue(errors.isEmpty(), errors.size() + " HTML error(s):\n" + String.join("\n", errors));
    }
}
