package org.powerofwe.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/** Staff without a laptop set up correct a page from its "Edit this page" link, which opens its own file in GitHub's editor. */
class EditLinkTest {

    @TempDir
    Path dir;

    @Test
    void everyPageLinksToItsOwnSourceFileInGitHubsEditor() {
        TestSite site = TestSite.write(dir, Sites.minimal("").replace("theme: wecare", "theme: wecare\neditLink: { repository: uclg/power-of-we, branch: staging }"));
        site.buildOk();
        Element en = site.html("en/pact/government/index.html").selectFirst(".edit-link a");
        assertEquals("https://github.com/uclg/power-of-we/edit/staging/content/pact/government.en.md", en.attr("href"));
        assertEquals("Edit this page", en.text());
        Element fr = site.html("fr/pacte/gouvernement/index.html").selectFirst(".edit-link a");
        assertEquals("https://github.com/uclg/power-of-we/edit/staging/content/pact/government.fr.md", fr.attr("href"));
        assertEquals("Modifier cette page", fr.text());
    }

    @Test
    void withoutEditLinkInTheConfigurationThereIsNoLink() {
        TestSite site = TestSite.write(dir, Sites.minimal(""));
        site.buildOk();
        assertNull(site.html("en/pact/government/index.html").selectFirst(".edit-link"));
    }

    @Test
    void aRepositoryThatIsNotOwnerSlashNameIsAnErrorAtItsLine() {
        TestSite site = TestSite.write(dir, Sites.minimal("").replace("theme: wecare", "theme: wecare\neditLink:\n  repository: https://github.com/uclg/power-of-we"));
        site.build();
        site.assertFailed().assertProblem("site-config.yml:5:15: error:", "is not a GitHub repository");
    }
}
