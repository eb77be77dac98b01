package org.powerofwe.testing;

import java.nio.file.Path;
import org.powerofwe.images.TestImages;

/**
 * A news item with a cover, three photos (one with a caption) and an inline picture, in English
 * and French, with pictures the tests draw themselves: the page the images issue is "done" on.
 */
public final class PhotoSite {

    private PhotoSite() {
    }

    public static final String NEWS = """
            -- content/news/_index.en.md --
            ---
            title: News
            ---
            -- content/news/_index.fr.md --
            ---
            title: Actualités
            ---
            -- content/news/gathering.en.md --
            ---
            title: Mayors gather in Daejeon
            date: 2022-10-10
            cover:
              image: /images/cover.jpg
              alt: Mayors on a stage
              caption: The opening session
              credit: UCLG
            ---
            The congress opened.

            ![A full room](room.jpg "The plenary hall")

            ![A small photo](small.png)

            Text with an inline ![icon](small.png) picture.

            ![A wide street](street.jpg)

            The end of the story.
            -- content/news/gathering.fr.md --
            ---
            title: Les maires se réunissent à Daejeon
            date: 2022-10-10
            cover:
              image: /images/cover.jpg
              alt: Des maires sur une scène
              caption: La séance d'ouverture
            ---
            Le congrès s'est ouvert.

            ![Une salle pleine](room.jpg "La salle plénière")
            """;

    /** Writes the site (with the real theme) and its pictures under {@code parent}. */
    public static TestSite write(Path parent) {
        TestSite site = TestSite.write(parent, Sites.minimal(NEWS));
        site.writeBytes("content/images/cover.jpg", TestImages.jpeg(2000, 1000));
        site.writeBytes("content/news/room.jpg", TestImages.jpegWithExif(400, 200, 6));
        site.writeBytes("content/news/small.png", TestImages.png(600, 300));
        site.writeBytes("content/news/street.jpg", TestImages.jpeg(1800, 600));
        return site;
    }
}
