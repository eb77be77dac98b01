package org.powerofwe.content;

import java.util.List;
import java.util.Optional;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.model.Cover;
import org.powerofwe.yaml.Fields;

/**
 * Reads a page's {@code cover}: the photo, what it shows (required: readers who cannot see it get
 * this text), an optional caption and credit, all in the page's own language.
 */
final class CoverField {

    private static final List<String> FIELDS = List.of("image", "alt", "caption", "credit");

    private CoverField() {
    }

    static Optional<Cover> read(Fields page, Problems problems) {
        if (!page.has("cover")) {
            return Optional.empty();
        }
        SourcePos at = page.pos("cover").orElse(page.map().pos());
        return page.mapping("cover").flatMap(map -> {
            Fields cover = Fields.of(map, at, "cover", problems);
            cover.reportUnknown(FIELDS, Severity.WARNING, "cover");
            if (!cover.has("image")) {
                problems.error(at, "the cover has no image", "add 'image: photo.jpg' under cover: (the file next to this page, or /images/photo.jpg)");
                return Optional.empty();
            }
            String alt = cover.text("alt").map(String::strip).orElse("");
            if (alt.isEmpty()) {
                problems.error(cover.pos("alt").orElse(at), "the cover has no text alternative",
                        "add 'alt: ...' under cover: saying in this page's language what the photo shows");
            }
            SourcePos imagePos = cover.pos("image").orElse(at);
            return Optional.of(new Cover(cover.text("image").map(String::strip).orElse(""), alt,
                    cover.text("caption").map(String::strip).orElse(""), cover.text("credit").map(String::strip).orElse(""), imagePos));
        });
    }
}
