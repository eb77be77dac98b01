package org.powerofwe.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.powerofwe.diag.Problems;
import org.powerofwe.images.ImageLibrary;
import org.powerofwe.model.Cover;
import org.powerofwe.model.Page;

/**
 * Finds and publishes page covers: {@code image} is relative to the page's file, or starts with
 * {@code /} for a file anywhere in {@code content/} ({@code /images/gathering.jpg}).
 */
public final class CoverImages {

    private CoverImages() {
    }

    /** The cover's path in content/, empty when it leads outside content/. */
    public static Optional<String> contentPath(Page page, Cover cover) {
        String image = cover.image();
        if (image.startsWith("/")) {
            return Optional.of(image.substring(1));
        }
        Deque<String> parts = new ArrayDeque<>(page.key().folders());
        for (String segment : image.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** Processes the cover of a page (when it has one) and reports a missing or unusable file at its line. */
    public static void check(Page page, ImageLibrary images, AssetUrls assets, Problems problems) {
        if (page.cover().isEmpty() || page.isFallback()) {
            return;
        }
        Cover cover = page.cover().get();
        Optional<String> path = contentPath(page, cover);
        if (path.isEmpty() || assets.contentUrl(path.get()).isEmpty()) {
            problems.error(cover.pos(), "cover image '" + cover.image() + "' " + (path.isEmpty() ? "leads outside content/" : "points to content/" + path.get() + ", which does not exist"),
                    "put the photo next to this page or in content/images/ and write its name, e.g. image: gathering.jpg or image: /images/gathering.jpg");
            return;
        }
        images.image(path.get()).failure().ifPresent(f -> problems.error(cover.pos(), "cover image '" + cover.image() + "': " + f.getMessage(), f.hint()));
    }
}
