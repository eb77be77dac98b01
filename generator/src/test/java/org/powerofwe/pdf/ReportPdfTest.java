package org.powerofwe.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.nodes.Element;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The annual report as a PDF per language: what a reader who downloads it finds (cover, chapters
 * in their language, figures as that language writes them, bookmarks, links that work), what an
 * assistive technology needs (PDF/UA-1, checked by veraPDF), and what the build promises (the
 * same bytes every time, a link with the size on the report's pages).
 */
class ReportPdfTest {

    @TempDir
    static Path dir;
    private static TestSite site;

    /** Where each language's PDF is published: beside the report's cover, in the language's own words. */
    static final Map<String, String> PDFS = Map.of(
            "en", "en/report/2021/report-2021-en.pdf",
            "fr", "fr/rapport/2021/rapport-2021-fr.pdf",
            "es", "es/informe/2021/informe-2021-es.pdf");

    static final Map<String, List<String>> TITLES = Map.of(
            "en", List.of("Caring for people", "A louder voice"),
            "fr", List.of("Prendre soin des personnes", "Une voix plus forte"),
            "es", List.of("Cuidar de las personas", "Una voz más fuerte"));

    private static String chapters(String lang, String folder, String people, String voice, String text) {
        return "-- content/report/2021/people." + lang + ".md --\n---\ntitle: \"" + people + "\"\n" + (lang.equals("en") ? "" : "slug: " + folder + "\n")
                + "year: 2021\nweight: 1\nchapter: \"1\"\ndate: 2022-03-15\n---\n" + text + "\n\n## Migration\n\nMore than {{< metric lives >}}.\n\n"
                + "{{< figures in-person online >}}\n\n## Health\n\nSee [the Pact](../../pact/_index.md) and [the voice](voice.md).\n"
                + "-- content/report/2021/voice." + lang + ".md --\n---\ntitle: \"" + voice + "\"\nyear: 2021\nweight: 2\nchapter: \"2\"\n---\n"
                + "Back to [people](people.md#migration).\n";
    }

    static final String REPORT = """
            -- content/report/_index.en.md --
            ---
            title: Reports
            ---
            -- content/report/2021/_index.en.md --
            ---
            title: "Annual Report 2021"
            summary: How the year went.
            year: 2021
            ---
            The year in [two chapters](people.md).
            -- content/report/2021/_index.fr.md --
            ---
            title: "Rapport annuel 2021"
            summary: L’année en bref.
            year: 2021
            ---
            L’année en [deux chapitres](people.md).
            -- content/report/2021/_index.es.md --
            ---
            title: "Informe anual 2021"
            summary: El año en breve.
            year: 2021
            ---
            El año en [dos capítulos](people.md).
            -- content/data/metrics/m.yml --
            metrics:
              - { id: lives, value: 2500000, unit: count, period: "2021", chapter: people, label: { en: Lives, fr: Vies, es: Vidas } }
              - { id: in-person, value: 120, unit: count, period: "2021", chapter: people, series: council, label: { en: In person, fr: En présentiel, es: Presencial } }
              - { id: online, value: 480, unit: count, period: "2021", chapter: people, series: council, label: { en: Online, fr: En ligne, es: En línea } }
            """;

    static String fixture() {
        return Sites.minimal(REPORT
                + chapters("en", "", TITLES.get("en").get(0), TITLES.get("en").get(1), "People first.")
                + chapters("fr", "personnes", TITLES.get("fr").get(0), TITLES.get("fr").get(1), "Les personnes d’abord.")
                + chapters("es", "personas", TITLES.get("es").get(0), TITLES.get("es").get(1), "Las personas primero."));
    }

    @BeforeAll
    static void build() {
        site = TestSite.write(dir, fixture()).buildOk();
    }

    private static byte[] pdf(String lang) throws IOException {
        return Files.readAllBytes(site.output().resolve(PDFS.get(lang)));
    }

    private static String text(PDDocument pdf) throws IOException {
        // Ligatures (ﬁ, ﬀ) come out as their own characters; a reader's search folds them the same way.
        return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC);
    }

    @Test
    void eachLanguageHasItsPdfOfAFewPagesWithTitleLanguageAndEmbeddedFonts() throws IOException {
        for (String lang : PDFS.keySet()) {
            try (PDDocument pdf = Loader.loadPDF(pdf(lang))) {
                // Cover, contents, introduction, two chapters, back page: a reflowed chapter should not add many.
                assertTrue(pdf.getNumberOfPages() >= 6 && pdf.getNumberOfPages() <= 10, lang + ": " + pdf.getNumberOfPages() + " pages");
                assertEquals(site.html(PDFS.get(lang).replaceAll("[^/]+$", "index.html")).selectFirst("h1").text(), pdf.getDocumentInformation().getTitle());
                assertEquals(lang.equals("en") ? "en-GB" : lang.equals("fr") ? "fr-FR" : "es-ES", pdf.getDocumentCatalog().getLanguage());
                for (PDPage page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        assertTrue(page.getResources().getFont(name).isEmbedded(), lang + ": font " + page.getResources().getFont(name).getName() + " not embedded");
                    }
                }
            }
        }
    }

    @Test
    void theTextHasEveryChapterTitleInItsLanguageAndTheFiguresAsThatLanguageWritesThem() throws IOException {
        Map<String, String> million = Map.of("en", "2,500,000", "fr", "2\u202F500\u202F000", "es", "2.500.000");
        for (String lang : PDFS.keySet()) {
            try (PDDocument pdf = Loader.loadPDF(pdf(lang))) {
                String text = text(pdf).replace('\u00A0', '\u202F');
                for (String title : TITLES.get(lang)) {
                    assertTrue(text.contains(title), lang + ": no chapter title '" + title + "' in\n" + text);
                }
                String expected = lang.equals("fr") ? million.get(lang) : million.get(lang);
                assertTrue(text.contains(expected) || text.contains(expected.replace('\u202F', ' ')), lang + ": no " + expected + " in\n" + text);
                // The chart's figures are in its table too, in the language's words.
                assertTrue(text.contains(lang.equals("en") ? "In person" : lang.equals("fr") ? "En présentiel" : "Presencial"), lang);
            }
        }
    }

    @Test
    void theBookmarksListTheChaptersInOrderWithTheirSections() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf("fr"))) {
            List<String> titles = new ArrayList<>();
            PDOutlineItem chapterOne = null;
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                if (item.getTitle().equals(TITLES.get("fr").get(0))) {
                    chapterOne = item;
                }
            }
            assertEquals(List.of("Sommaire", "Introduction", TITLES.get("fr").get(0), TITLES.get("fr").get(1)), titles);
            List<String> sections = new ArrayList<>();
            chapterOne.children().forEach(s -> sections.add(s.getTitle()));
            assertEquals(List.of("Migration", "Health"), sections);
        }
    }

    @Test
    void linksBetweenChaptersStayInThePdfAndLinksToTheSiteAreAbsolute() throws IOException {
        List<String> uris = new ArrayList<>();
        int internal = 0;
        try (PDDocument pdf = Loader.loadPDF(pdf("en"))) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        } else if (link.getDestination() != null || link.getAction() != null) {
                            internal++;
                        }
                        assertTrue(link.getContents() != null && !link.getContents().isBlank(), "a link without a description for screen readers");
                    }
                }
            }
        }
        assertTrue(uris.contains("https://example.org/power-of-we/en/pact/"), uris.toString());
        assertTrue(uris.stream().noneMatch(u -> u.contains("/report/2021/")), "a link between chapters leads to the web: " + uris);
        // Contents (introduction and two chapters), the introduction's link, chapter 1 to 2 and chapter 2 back to 1.
        assertTrue(internal >= 6, "internal links: " + internal);
    }

    @Test
    void veraPdfFindsNoPdfUaFailure() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (String lang : PDFS.keySet()) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf(lang)), PDFAFlavour.PDFUA_1);
                    PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failures = result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()).distinct().toList();
                assertTrue(result.isCompliant() && failures.isEmpty(), lang + ": " + String.join("\n", failures));
            }
        }
    }

    @Test
    void theReportAndEveryChapterLinkToThePdfWithItsSize() throws IOException {
        long bytes = Files.size(site.output().resolve(PDFS.get("fr")));
        for (String page : List.of("fr/rapport/2021/index.html", "fr/rapport/2021/personnes/index.html", "fr/rapport/2021/voice/index.html")) {
            Element link = site.html(page).selectFirst("a.download__link");
            assertEquals("/power-of-we/" + PDFS.get("fr"), link.attr("href"), page);
            String size = bytes < 1_000_000 ? Math.round(bytes / 1000.0) + "\u00A0ko" : "";
            assertTrue(link.text().replace('\u202F', '\u00A0').replace(' ', '\u00A0').contains("PDF,\u00A0" + size)
                    || link.text().contains("PDF, " + Math.round(bytes / 1000.0) + " ko"), page + ": " + link.text());
        }
    }

    @Test
    void twoBuildsGiveTheSameBytesAndAnUnchangedReportIsCopiedNotLaidOutAgain() throws IOException {
        TestSite again = TestSite.write(dir.resolve("again"), fixture()).buildOk();
        for (String lang : PDFS.keySet()) {
            assertArrayEquals(pdf(lang), Files.readAllBytes(again.output().resolve(PDFS.get(lang))), lang);
        }
        byte[] id = PdfCache.fileId(again.output().resolve(PDFS.get("en"))).orElseThrow();
        PdfCache cache = new PdfCache(java.util.Optional.of(again.output()));
        assertArrayEquals(pdf("en"), cache.find(PDFS.get("en"), id).orElseThrow(), "the previous build's PDF is found by its identifier");
        id[0]++;
        assertTrue(cache.find(PDFS.get("en"), id).isEmpty(), "a changed report is laid out again");
    }

    @Test
    void thePreviewMakesThePdfWhenItIsOpenedNotOnEverySave() {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(2);
        try {
            TestSite preview = TestSite.write(dir.resolve("preview"), fixture());
            var live = new org.powerofwe.server.LiveSite(new org.powerofwe.build.BuildOptions(preview.root(), java.util.Optional.empty(), false,
                    java.util.Optional.of(java.net.URI.create("http://127.0.0.1:1/")), 2), pool);
            live.buildAll();
            assertTrue(live.output().paths().stream().noneMatch(p -> p.endsWith(".pdf")), "a build of the preview lays out no PDF");
            assertTrue(new String(live.output().read("en/report/2021/index.html").orElseThrow(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("(PDF)"), "the link says PDF without a size it does not know yet");
            byte[] pdf = live.reportPdf(PDFS.get("es")).orElseThrow();
            assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            assertTrue(live.reportPdf("es/informe/2021/no-such-report.pdf").isEmpty());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aMissingFontIsAnErrorAtTheRuleThatNamesIt() throws IOException {
        TestSite broken = TestSite.write(dir.resolve("nofont"), fixture());
        broken.delete("themes/wecare/fonts/NotoSans-BoldItalic.ttf");
        broken.build();
        List<String> css = Files.readAllLines(broken.root().resolve("themes/wecare/layouts/print/report.css"));
        int line = 1 + css.indexOf(css.stream().filter(l -> l.contains("NotoSans-BoldItalic.ttf") && l.contains("\"Noto Sans\"")).findFirst().orElseThrow());
        broken.assertFailed().assertProblem("themes/wecare/layouts/print/report.css:" + line + ":1: error: font file not found: ../../fonts/NotoSans-BoldItalic.ttf",
                "fonts/NotoSans-BoldItalic.ttf");
        assertTrue(!Files.exists(broken.output()), "nothing is published");
    }
}
