package org.powerofwe.markdown;

import java.net.URI;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Adds the attributes the site promises: readable ids on headings, {@code rel="noopener
 * noreferrer"} on links to other sites, {@code hreflang} on links to a page in another language,
 * and drops the target of links that were removed as unsafe or broken.
 */
final class SiteAttributes implements AttributeProvider {

    private final PageScope scope;

    SiteAttributes(PageScope scope) {
        this.scope = scope;
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (scope == null) {
            return;
        }
        if (node instanceof Heading && part == AttributablePart.NODE) {
            String id = scope.headingIds.get(node);
            if (id != null) {
                attributes.replaceValue("id", id);
            }
            return;
        }
        removeIfMarked(attributes, "src");
        String href = attributes.getValue("href");
        if (href == null || href.isEmpty()) {
            return;
        }
        if (removeIfMarked(attributes, "href")) {
            return;
        }
        String lang = scope.linkLanguages.get(node);
        if (lang != null) {
            attributes.replaceValue("hreflang", lang);
        }
        if (isExternal(href)) {
            attributes.replaceValue("rel", "noopener noreferrer");
        }
    }

    private static boolean removeIfMarked(MutableAttributes attributes, String name) {
        if (SiteLinkResolver.REMOVED.equals(attributes.getValue(name))) {
            attributes.remove(name);
            return true;
        }
        return false;
    }

    private boolean isExternal(String href) {
        if (!(href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//"))) {
            return false;
        }
        try {
            String host = URI.create(href.startsWith("//") ? "https:" + href : href).getHost();
            return host == null || !host.equalsIgnoreCase(scope.env.host());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** Creates a provider bound to the document being rendered. */
    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new SiteAttributes(PageScope.of(context.getDocument()));
        }
    }
}
