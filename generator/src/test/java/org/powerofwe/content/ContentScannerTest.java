package org.powerofwe.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.diag.Problems;
import org.powerofwe.testing.TestSite;

/**
 * Which files of content/ a build reads, and what it says of the others: links inside content/
 * are followed (to a file or a folder), links leading out, nowhere or into a loop are reported at
 * the link, and hidden files, hidden folders and editors' temporary files are passed over without
 * a word, even a hidden link that leads out.
 */
class ContentScannerTest {

    @TempDir
    Path dir;

    private static final String CONTENT = """
            -- content/_index.en.md --
            ---
            title: Home
            ---
            -- content/news/_index.en.md --
            ---
            title: News
            ---
            -- content/news/a.en.md --
            ---
            title: A
            ---
            -- content/news/photo.jpg --
            not really a photo
            -- content/news/.notes.en.md --
            hidden
            -- content/news/a.en.md~ --
            a backup
            -- content/news/#a.en.md# --
            an autosave
            -- content/news/a.en.md.swp --
            a swap file
            -- content/.drafts/b.en.md --
            ---
            title: In a hidden folder
            ---
            """;

    @Test
    void linksInsideAreFollowedAndLinksOutNowhereOrInALoopAreReportedAtTheLink() throws IOException {
        TestSite site = TestSite.write(dir, CONTENT);
        Path content = site.root().resolve("content");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.en.md"), "---\ntitle: Secret\n---\n");
        Files.createSymbolicLink(content.resolve("news/b.en.md"), content.resolve("news/a.en.md"));
        Files.createSymbolicLink(content.resolve("news/c.en.md"), outside.resolve("secret.en.md"));
        Files.createSymbolicLink(content.resolve("news/.secret.en.md"), outside.resolve("secret.en.md"));
        Files.createSymbolicLink(content.resolve("news/gone.en.md"), content.resolve("news/nothing.en.md"));
        Files.createSymbolicLink(content.resolve("news/loop"), content);
        Files.createSymbolicLink(content.resolve("stories"), outside);
        Files.createSymbolicLink(content.resolve("more"), content.resolve("news"));

        Problems problems = new Problems();
        List<ContentFile> files = new ContentScanner(new ProjectLayout(site.root()), Set.of("en", "fr"), problems).scan();

        assertEquals(List.of("_index.en.md", "more/_index.en.md", "more/a.en.md", "more/b.en.md", "more/photo.jpg",
                "news/_index.en.md", "news/a.en.md", "news/b.en.md", "news/photo.jpg"), files.stream().map(ContentFile::relative).toList());
        String root = site.root() + "/";
        assertEquals(List.of(
                        "content/more/c.en.md:1:1: error: this link points outside content/, which is not allowed",
                        "content/more/gone.en.md:1:1: error: cannot follow this link: content/more/gone.en.md",
                        "content/more/loop:1:1: error: this link makes a loop in content/",
                        "content/news/c.en.md:1:1: error: this link points outside content/, which is not allowed",
                        "content/news/gone.en.md:1:1: error: cannot follow this link: content/news/gone.en.md",
                        "content/news/loop:1:1: error: this link makes a loop in content/",
                        "content/stories:1:1: error: this link points outside content/, which is not allowed"),
                problems.sorted().stream().map(p -> p.format().lines().findFirst().orElseThrow().replace(root, "")).toList());
    }
}
