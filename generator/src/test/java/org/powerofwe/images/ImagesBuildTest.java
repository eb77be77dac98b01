package org.powerofwe.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.concurrent.ForkJoinPool;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildSession;
import org.powerofwe.publish.OutputSink;
import org.powerofwe.testing.PhotoSite;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * Photos as staff add them (a cover and photos in the text of a news item, in two languages), and
 * what readers and sharing sites get: several widths in JPEG and WebP with their size reserved, no
 * camera metadata, errors at the line for bad files, nothing processed twice, and a social card
 * per page and language showing the page's own title.
 */
class ImagesBuildTest {

    @TempDir
    Path dir;

    /** The photo page every images test starts from (testing/PhotoSite): a cover, four photos, English and French. */
    private TestSite site() {
        return PhotoSite.write(dir);
    }

    @Test
    void photosArePublishedInSeveralWidthsWithTheirSizeReservedAndCaptions() {
        TestSite site = site().buildOk();
        Document page = site.html("en/news/gathering/index.html");

        Element cover = page.expectFirst("figure.cover img");
        assertEquals("1600", cover.attr("width"), "a reader's browser reserves the cover's space only with its size");
        assertEquals("800", cover.attr("height"));
        assertEquals("Mayors on a stage", cover.attr("alt"));
        assertEquals(List.of(480, 800, 1200, 1600), widths(cover.attr("srcset")), "the cover is offered at every width up to 1600 px");
        assertEquals("", cover.attr("loading"), "the cover is the first thing seen: lazy loading would delay it");
        assertEquals("high", cover.attr("fetchpriority"));
        assertEquals("async", cover.attr("decoding"));
        assertFalse(cover.attr("sizes").isEmpty());
        assertEquals("The opening session · Photo: UCLG", page.expectFirst("figure.cover figcaption").text());
        if (ImageEncoder.WEBP) {
            Element webp = page.expectFirst("figure.cover source[type=image/webp]");
            assertEquals(List.of(480, 800, 1200, 1600), widths(webp.attr("srcset")));
        }

        List<Element> photos = page.select(".prose img");
        assertEquals(4, photos.size());
        assertTrue(photos.stream().allMatch(img -> img.attr("loading").equals("lazy") && img.attr("decoding").equals("async")),
                "photos below a cover load only when the reader comes near them");
        Element small = photos.get(1);
        assertEquals(List.of(480, 600), widths(small.attr("srcset")), "a 600 px original is never published wider than it is");
        assertEquals("600", small.attr("width"));
        assertEquals("The plenary hall", page.expectFirst(".prose figure.photo figcaption").text());
        assertNull(page.selectFirst(".prose p > figure"), "a figure is never inside a paragraph (invalid HTML)");
        assertEquals("icon", page.expectFirst(".prose p > picture img").attr("alt"), "an image inside a sentence stays inline");

        for (Element img : page.select("img[srcset], source[srcset]")) {
            for (String candidate : img.attr("srcset").split(",\\s*")) {
                String url = candidate.split(" ")[0].replace("/power-of-we/", "");
                assertTrue(site.exists(url), "every file of a srcset is published: " + url);
            }
        }
        Document french = site.html("fr/actualites/gathering/index.html");
        assertEquals("Des maires sur une scène", french.expectFirst("figure.cover img").attr("alt"), "the cover's text alternative is in the page's language");
        assertEquals("La séance d\u2019ouverture", french.expectFirst("figure.cover figcaption").text().replace('\'', '\u2019'));
        assertEquals(cover.attr("src"), french.expectFirst("figure.cover img").attr("src"), "one photo is processed and published once for all languages");
        TestSite.CommandRun check = site.run("check");
        assertEquals(0, check.exitCode(), "./site check finds every photo published and described:\n" + check.out() + check.err());
    }

    @Test
    void cameraMetadataIsRemovedAndTheOrientationApplied() throws IOException {
        TestSite site = site().buildOk();
        Element room = site.html("en/news/gathering/index.html").expectFirst("figure.photo img");
        assertEquals("200", room.attr("width"), "a phone photo taken upright shows upright");
        assertEquals("400", room.attr("height"));
        List<Path> published = publishedImages(site);
        assertFalse(published.isEmpty());
        for (Path file : published) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains(TestImages.SECRET), "a camera's make, serial or GPS position never reaches readers: " + file);
            assertFalse(bytes.contains("Exif"), "no EXIF block is published: " + file);
        }
        assertFalse(site.exists("news/room.jpg"), "the original, with its metadata, is not published as it is");
        BufferedImage upright = ImageIO.read(site.output().resolve(room.attr("src").replace("/power-of-we/", "")).toFile());
        assertTrue(isRed(upright.getRGB(100, 20)), "turned a quarter clockwise, the photo's left (red) half is at the top");
        assertTrue(isBlue(upright.getRGB(100, 380)));
    }

    @Test
    void badImagesAreErrorsAtTheLineThatUsesThem() {
        TestSite site = TestSite.write(dir, Sites.minimal("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/bad.en.md --
                ---
                title: Bad images
                date: 2022-10-10
                cover:
                  image: missing.jpg
                  alt: Nothing
                ---
                ![Not a picture](notes.jpg)

                ![Cut short](cut.jpg)

                ![Huge](huge.png)
                """));
        site.writeFile("content/news/notes.jpg", "meeting notes, not a photo");
        byte[] jpeg = TestImages.jpeg(400, 300);
        site.writeBytes("content/news/cut.jpg", Arrays.copyOf(jpeg, 200));
        site.writeBytes("content/news/huge.png", TestImages.png(8001, 2));
        site.build();
        site.assertFailed()
                .assertProblem("content/news/bad.en.md:5:10: error: cover image 'missing.jpg' points to content/news/missing.jpg, which does not exist", "")
                .assertProblem("content/news/bad.en.md:8:1: error: image 'notes.jpg': this file is not a JPEG, PNG or WebP image", "")
                .assertProblem("content/news/bad.en.md:10:1: error: image 'cut.jpg': this JPEG file cannot be read", "export it again")
                .assertProblem("content/news/bad.en.md:12:1: error: image 'huge.png': the image is 8001 × 2 px, over the limit of 8000 px", "");
    }

    @Test
    void siteConfigSetsTheLimitsOfOriginals() throws IOException {
        // A team that wants lighter originals sets its own limit; an impossible one is an error at its line.
        TestSite site = TestSite.write(dir, Sites.minimal("""
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                ![A wide photo](wide.png)
                """).replace("theme: wecare\n", "theme: wecare\nimages: { maxMegabytes: 5, maxPixels: 1000 }\n"));
        site.writeBytes("content/news/wide.png", TestImages.png(1200, 10));
        site.build();
        site.assertFailed().assertProblem("content/news/_index.en.md:4:1: error: image 'wide.png': the image is 1200 × 10 px, over the limit of 1000 px", "");

        site.writeFile("site-config.yml", java.nio.file.Files.readString(site.root().resolve("site-config.yml")).replace("maxPixels: 1000", "maxPixels: 40000"));
        site.build();
        site.assertFailed().assertProblem("site-config.yml:", "images.maxPixels must be from 500 to 30000, found 40000");
    }

    @Test
    void aSecondBuildProcessesNothing() throws IOException {
        TestSite site = site();
        BuildSession.ImageWork first = work(site);
        assertEquals(4, first.photosProcessed(), "the first build processes the 4 photos, each once for both languages");
        assertTrue(first.cardsDrawn() > 10, "and draws the cards (pages with the same card text share one): " + first.cardsDrawn());
        assertEquals(new BuildSession.ImageWork(0, 0), work(site), "a new build (or the preview) finds every photo and card by its hash");
        site.buildOk();
        Path cache = site.root().resolve(".cache");
        List<Path> cached = files(cache);
        byte[] marker = "from the cache".getBytes(StandardCharsets.UTF_8);
        for (Path file : cached) {
            if (file.toString().endsWith(".jpg") || file.toString().endsWith(".png") || file.toString().endsWith(".webp")) {
                Files.write(file, marker);
            }
        }
        site.buildOk();
        assertEquals(cached, files(cache), "nothing new is kept: every image and card was found by its hash");
        for (Path file : publishedImages(site)) {
            assertArrayEquals(marker, Files.readAllBytes(file), "published from the cache, not processed again: " + file);
        }
        assertArrayEquals(marker, Files.readAllBytes(site.output().resolve("fr/actualites/gathering/" + SocialCards.FILE_NAME)));

        site.writeBytes("content/news/small.png", TestImages.png(500, 300));
        site.buildOk();
        assertEquals("500", site.html("en/news/gathering/index.html").select(".prose img").get(1).attr("width"),
                "a changed photo gets a new hash and is processed again");
    }

    @Test
    void eachPageSharesItsOwnCardInItsLanguage() throws IOException {
        TestSite site = site().buildOk();
        Document en = site.html("en/news/gathering/index.html");
        Document fr = site.html("fr/actualites/gathering/index.html");
        String enCard = en.expectFirst("meta[property=og:image]").attr("content");
        assertEquals("https://example.org/power-of-we/en/news/gathering/social-card.png", enCard);
        assertEquals(enCard, en.expectFirst("meta[name=twitter:image]").attr("content"));
        assertEquals("Mayors gather in Daejeon – The Power of We", en.expectFirst("meta[property=og:image:alt]").attr("content"));
        assertTrue(fr.expectFirst("meta[property=og:image:alt]").attr("content").startsWith("Les maires se réunissent à Daejeon"));

        byte[] enBytes = Files.readAllBytes(site.output().resolve("en/news/gathering/" + SocialCards.FILE_NAME));
        byte[] frBytes = Files.readAllBytes(site.output().resolve("fr/actualites/gathering/" + SocialCards.FILE_NAME));
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(frBytes));
        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
        assertNotEquals(Arrays.hashCode(enBytes), Arrays.hashCode(frBytes), "each language's card shows its own title");

        SocialCardPainter painter = SocialCardPainter.load(site.root().resolve("themes/wecare/social-card/card.properties"));
        String org = site.html("fr/index.html").expectFirst(".topbar__org").text();
        byte[] expected = painter.paint(new SocialCard("Les maires se réunissent à Daejeon", "Le pouvoir du nous", org, ""));
        assertArrayEquals(expected, frBytes, "the French card is the template drawn with the French title");
        assertTrue(site.exists("en/pact/government/" + SocialCards.FILE_NAME), "every page has a card, not only pages with photos");
        BufferedImage axisCard = ImageIO.read(site.output().resolve("en/pact/government/" + SocialCards.FILE_NAME).toFile());
        assertEquals(new Color(0x3a47a8).getRGB(), axisCard.getRGB(600, 5), "an axis page's card carries the axis colour");
    }

    /** Builds the site once, as a new build does, and says what the cache could not spare. */
    private static BuildSession.ImageWork work(TestSite site) {
        BuildSession session = new BuildSession(BuildOptions.of(site.root(), site.output()), ForkJoinPool.commonPool());
        assertTrue(session.rebuild(OutputSink.DISCARD).rendered(), () -> session.problems().toString());
        return session.imageWork();
    }

    private static List<Integer> widths(String srcset) {
        List<Integer> widths = new ArrayList<>();
        for (String candidate : srcset.split(",\\s*")) {
            String w = candidate.substring(candidate.lastIndexOf(' ') + 1);
            widths.add(Integer.parseInt(w.substring(0, w.length() - 1)));
        }
        return widths;
    }

    private static List<Path> publishedImages(TestSite site) throws IOException {
        return files(site.output()).stream().filter(p -> p.toString().matches(".*/(images|news)/.*\\.(jpg|png|webp)")).toList();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.toRealPath())) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getBlue() < 60;
    }

    private static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 200 && c.getRed() < 60;
    }
}
