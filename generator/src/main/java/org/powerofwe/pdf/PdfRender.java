package org.powerofwe.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Lays a print document out as a tagged PDF/UA-1 file with openhtmltopdf, embedding the given
 * fonts (subset) and drawing SVG charts as vectors, and makes its bytes depend on the document
 * only: the creation date is the report's own, the file identifier is the document's hash.
 */
final class PdfRender {

    /** What a PDF is made from. {@code id} (16 bytes) becomes the file identifier. */
    record Input(org.w3c.dom.Document document, List<PrintStyle.FontFace> fonts, LocalDate date, byte[] id) {
    }

    /** A layout failure that names what the print template or stylesheet must change. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The libraries' own logs stay quiet: openhtmltopdf reports timings at INFO and PDFBox warns
     * about standard fonts it maps but the PDF never uses. Problems reach the user as exceptions,
     * turned into errors at the print template. Held here so the settings are not collected.
     */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private PdfRender() {
    }

    static byte[] render(Input input) throws Failure {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("The Power of We (openhtmltopdf)");
        // Nothing is fetched while laying out but the fonts the stylesheet names: the document is
        // self-contained and its charts are inline.
        java.util.Map<String, String> allowed = new java.util.HashMap<>();
        input.fonts().forEach(face -> {
            allowed.put(face.uri(), face.location());
            allowed.put(face.location(), face.location());
        });
        builder.useUriResolver((base, uri) -> allowed.get(uri));
        BatikSVGDrawer svg = new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE);
        builder.useSVGDrawer(svg);
        builder.withW3cDocument(input.document(), "about:blank");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument pdf = renderer.createPDFKeepOpen()) {
            fixedDates(pdf.getDocumentInformation(), input.date());
            describeLinks(pdf);
            COSArray id = new COSArray();
            id.add(new COSString(input.id()));
            id.add(new COSString(input.id()));
            pdf.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            pdf.save(out);
            return out.toByteArray();
        } catch (com.openhtmltopdf.pdfboxout.fontstore.FontNotFoundException e) {
            throw new Failure("some text needs a font that the print stylesheet does not embed (" + e.getMessage()
                    + "); give every element, page margin box and chart text a font-family named by an @font-face rule", e);
        } catch (IOException | RuntimeException e) {
            throw new Failure("the PDF could not be laid out: " + e, e);
        }
    }

    /** The report's date, at midnight UTC, instead of the time of the build. */
    private static void fixedDates(PDDocumentInformation info, LocalDate date) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);
    }

    /**
     * PDF/UA-1 (7.18.5) wants each link annotation to carry its own description in /Contents;
     * openhtmltopdf puts it on the link's structure element only (from the title attribute).
     */
    private static void describeLinks(PDDocument pdf) throws IOException {
        var root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            for (Object kid : root.getKids()) {
                if (kid instanceof PDStructureNode node) {
                    describeLinks(node);
                }
            }
        }
    }

    private static void describeLinks(PDStructureNode node) {
        String alt = node instanceof PDStructureElement element && "Link".equals(element.getStructureType()) ? element.getAlternateDescription() : null;
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                describeLinks(child);
            } else if (alt != null && kid instanceof PDObjectReference ref && ref.getReferencedObject() instanceof PDAnnotation annotation
                    && annotation.getContents() == null) {
                annotation.setContents(alt);
            }
        }
    }
}
