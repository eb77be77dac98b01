package org.powerofwe.pdf;

import java.io.StringReader;
import java.util.Optional;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.util.XMLResourceDescriptor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Draws a chart's SVG once with Batik, the renderer the PDF uses, to find the charts it cannot
 * draw: openhtmltopdf would leave a blank space and only log it.
 */
final class ChartCheck {

    private ChartCheck() {
    }

    /** Why the SVG cannot be drawn, or empty when it can. */
    static Optional<String> problem(Element svg) {
        Element copy = svg.clone();
        copy.attr("xmlns", "http://www.w3.org/2000/svg");
        Document holder = Document.createShell("");
        holder.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        holder.body().appendChild(copy);
        String xml = copy.outerHtml();
        try {
            SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
            var document = factory.createSVGDocument("about:blank", new StringReader(xml));
            UserAgentAdapter agent = new UserAgentAdapter();
            BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
            try {
                context.setDynamicState(BridgeContext.STATIC);
                new GVTBuilder().build(context, document);
            } finally {
                context.dispose();
            }
            return Optional.empty();
        } catch (Exception | LinkageError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(message.lines().findFirst().orElse(message));
        }
    }
}
