package org.powerofwe.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.config.SiteConfigLoader;
import org.powerofwe.content.ContentFile;
import org.powerofwe.content.FrontMatter;
import org.powerofwe.content.PageDecoder;
import org.powerofwe.content.TextDecoder;
import org.powerofwe.diag.Problems;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import org.powerofwe.model.PageType;
import org.powerofwe.model.TypeFields;
import org.powerofwe.testing.Sites;
import org.powerofwe.yaml.Located;

/**
 * Any page file, decoded as every type of page: the decoder returns a page whose address is a
 * clean path and whose body is the file's body, or reports why not; problems point into the file.
 * A page without errors has a title, a valid slug and layout, and the fields of its type.
 */
class PageDecoderFuzzTest {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ALIAS = Pattern.compile("([A-Za-z0-9_~-][A-Za-z0-9._~-]*/)+");
    private static final Pattern URL_SEGMENT = Pattern.compile("[a-z0-9_]+(-[a-z0-9_]+)*");

    /** One page of each type, in the three languages, so every field decoder runs. */
    private static final List<String[]> FILES = List.of(
            new String[] {"_index", "en"},
            new String[] {"pledges/_index", "fr"},
            new String[] {"pact/people", "es"},
            new String[] {"pledges/subsidiarity", "fr"},
            new String[] {"undertakings/local-finance", "en"},
            new String[] {"report/2021/_index", "es"},
            new String[] {"report/2021/gatherings", "fr"},
            new String[] {"campaigns/listen2cities", "en"},
            new String[] {"news/world-council-2021", "es"},
            new String[] {"about", "en"});

    private static final SiteConfig CONFIG = loadConfig();

    @FuzzTest(maxDuration = "30s")
    void decodesAnyPage(byte[] bytes) {
        Problems decoding = new Problems();
        Optional<String> text = TextDecoder.decode(bytes, "content/fuzz.en.md", decoding);
        if (text.isEmpty()) {
            assertTrue(decoding.hasErrors(), "undecodable bytes are an error");
            return;
        }
        for (String[] file : FILES) {
            decode(PageKey.of(file[0]), file[1], text.get());
        }
    }

    private static void decode(PageKey key, String lang, String text) {
        String display = "content/" + key.value() + "." + lang + ".md";
        ContentFile file = ContentFile.page(Path.of(display), display.substring("content/".length()), display, key, lang);
        Problems problems = new Problems();
        Optional<Page> decoded = new PageDecoder(CONFIG, problems).decode(file, text);
        FuzzChecks.assertProblemsInside(problems, display, 1, FuzzChecks.maxLineCount(text));
        if (decoded.isEmpty()) {
            assertTrue(problems.hasErrors(), "a page is left out only with an error saying why");
            return;
        }
        Page page = decoded.get();
        FrontMatter fm = FrontMatter.split(text, display, new Problems()).orElseThrow();
        assertEquals(key, page.key());
        assertEquals(lang, page.lang());
        assertEquals(display, page.file());
        assertEquals(PageType.of(key), page.type());
        assertEquals(fm.body(), page.body(), "the body is the file after the front matter");
        assertEquals(fm.bodyLine(), page.bodyLine());
        assertEquals(page.title().strip(), page.title());
        assertEquals(page.summary().strip(), page.summary());
        page.aliases().forEach(alias -> assertTrue(ALIAS.matcher(alias.value()).matches(), () -> "alias escapes the site: " + alias.value()));
        assertTypeFields(page);
        assertTrue(page.path().startsWith(lang + "/") && page.path().endsWith("/"), page.path());
        if (!problems.hasErrors()) {
            assertFalse(page.title().isEmpty(), "a page without errors has a title");
            page.slug().ifPresent(slug -> assertTrue(SLUG.matcher(slug).matches(), () -> "slug " + slug));
            page.layout().ifPresent(layout -> assertTrue(SLUG.matcher(layout).matches(), () -> "layout " + layout));
            for (String segment : page.path().substring(0, page.path().length() - 1).split("/")) {
                assertTrue(URL_SEGMENT.matcher(segment).matches(), () -> "path segment '" + segment + "' in " + page.path());
            }
        }
    }

    private static void assertTypeFields(Page page) {
        TypeFields fields = page.fields();
        boolean matches = switch (page.type()) {
            case AXIS -> fields instanceof TypeFields.Axis;
            case PLEDGE -> fields instanceof TypeFields.Pledge;
            case UNDERTAKING -> fields instanceof TypeFields.Undertaking;
            case REPORT -> fields instanceof TypeFields.Report;
            case CHAPTER -> fields instanceof TypeFields.Chapter;
            case CAMPAIGN -> fields instanceof TypeFields.Campaign;
            default -> fields instanceof TypeFields.None;
        };
        assertTrue(matches, () -> page.type() + " with " + fields);
        if (fields instanceof TypeFields.Campaign campaign) {
            campaign.metrics().stream().map(Located::value).forEach(id -> assertTrue(id != null));
        }
    }

    /** The site's configuration, read by the real loader from a small project in a temporary folder. */
    private static SiteConfig loadConfig() {
        try {
            Path root = Files.createTempDirectory("fuzz-site");
            Path theme = Files.createDirectories(root.resolve("themes/wecare"));
            // The whole-site tests' configuration, without its file header line.
            Path config = Files.writeString(root.resolve(ProjectLayout.CONFIG_FILE), Sites.CONFIG.substring(Sites.CONFIG.indexOf('\n') + 1));
            Problems problems = new Problems();
            SiteConfig loaded = new SiteConfigLoader(new ProjectLayout(root), problems).load()
                    .orElseThrow(() -> new IllegalStateException(problems.sorted().toString()));
            for (Path path : List.of(config, theme, theme.getParent(), root)) {
                Files.delete(path);
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
