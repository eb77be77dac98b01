package org.powerofwe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.config.SiteConfigLoader;
import org.powerofwe.diag.Problems;
import org.powerofwe.testing.Sites;

/**
 * A page's versions come in the order site-config.yml lists the languages (English, French,
 * Spanish), not in the order of their addresses (en, es, fr), also after the preview swapped one
 * of them for a newer version; the language switcher and the alternates follow this order.
 */
class SiteVersionsTest {

    @TempDir
    Path dir;

    @Test
    void versionsAreInTheConfiguredLanguageOrderBeforeAndAfterAPageIsReplaced() throws IOException {
        SiteConfig config = config();
        List<Page> pages = new ArrayList<>();
        for (String lang : List.of("es", "fr", "en")) {
            pages.add(page(lang, "_index", "Home " + lang));
            pages.add(page(lang, "about", "About " + lang));
        }
        Site site = new SiteAssembler(config, new Problems()).assemble(pages, List.of(), false);
        assertEquals(List.of("en", "fr", "es"), langs(site.versions(PageKey.of("about"))));
        assertEquals(List.of("en", "fr", "es"), langs(site.versions(PageKey.HOME)));

        Page newer = page("fr", "about", "À propos, revu");
        Site replaced = site.withReplaced(Map.of(newer.path(), newer));
        List<Page> versions = replaced.versions(PageKey.of("about"));
        assertEquals(List.of("en", "fr", "es"), langs(versions));
        assertSame(newer, versions.get(1));
        versions.clear(); // a caller's own copy
        assertEquals(3, replaced.versions(PageKey.of("about")).size());
    }

    private static List<String> langs(List<Page> versions) {
        return versions.stream().map(Page::lang).toList();
    }

    private static Page page(String lang, String name, String title) {
        PageKey key = PageKey.of(name);
        String path = lang + "/" + (name.equals("_index") ? "" : name + "/");
        return new Page(key, lang, lang, PageType.of(key), "content/" + name + "." + lang + ".md", title, "", Optional.empty(), OptionalInt.empty(),
                false, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), new TypeFields.None(), "Text.", 4, path, Map.of());
    }

    private SiteConfig config() throws IOException {
        Files.createDirectories(dir.resolve("themes/wecare"));
        Files.writeString(dir.resolve(ProjectLayout.CONFIG_FILE), Sites.CONFIG.substring(Sites.CONFIG.indexOf('\n') + 1));
        Problems problems = new Problems();
        return new SiteConfigLoader(new ProjectLayout(dir), problems).load().orElseThrow(() -> new IllegalStateException(problems.sorted().toString()));
    }
}
