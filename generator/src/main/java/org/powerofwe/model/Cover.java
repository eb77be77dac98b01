package org.powerofwe.model;

import org.powerofwe.diag.SourcePos;

/**
 * A page's cover photo, as its front matter describes it in the page's own language.
 *
 * @param image   the image's path, relative to the page's file (or {@code /images/x.jpg} from {@code content/})
 * @param alt     what the photo shows, for readers who cannot see it
 * @param caption optional text shown under the photo
 * @param credit  optional photographer or source, shown after the caption
 * @param pos     where {@code image} is written, for errors about the file
 */
public record Cover(String image, String alt, String caption, String credit, SourcePos pos) {
}
