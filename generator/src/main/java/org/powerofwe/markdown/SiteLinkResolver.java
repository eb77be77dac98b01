package org.powerofwe.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import org.powerofwe.diag.Suggestions;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;

/**
 * Resolves the links staff write: a link to another content file ({@code ../undertakings/x.md})
 * becomes the URL of that page in the language of the page being rendered; a link to an image in
 * {@code content/} becomes its URL; unsafe schemes ({@code javascript:}, {@code data:}, ...) are
 * removed whatever their case. Missing targets are errors at the link's line.
 */
final class SiteLinkResolver implements LinkResolver {

    /** Marks a link whose target was removed; {@link SiteAttributes} then drops the attribute. */
    static final String REMOVED = "#power-of-we-removed-link";

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("(.+)\\.([a-z]{2,3}(?:-[a-z0-9]+)?)$");

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        PageScope scope = PageScope.of(context.getDocument());
        if (scope == null || isUndefinedReference(link)) {
            return link;
        }
        ResolvedLink resolved = resolve(node, scope, link);
        if (!REMOVED.equals(resolved.getUrl())) {
            boolean image = node instanceof Image || node instanceof ImageRef;
            String alt = node instanceof Image img ? img.getText().toString() : node instanceof ImageRef ref ? ref.getText().toString() : "";
            scope.links.add(new LinkFact(scope.at(node), resolved.getUrl(), image, alt.strip()));
        }
        return resolved;
    }

    /**
     * Whether flexmark asks about {@code [text]} with no link definition of that name: left
     * unresolved, it stays the literal text ({@code [sic]}, {@code [1]}, {@code arr[i]}) as
     * CommonMark says, instead of becoming a link to a file named like the text.
     */
    private static boolean isUndefinedReference(ResolvedLink link) {
        return link.getLinkType() == LinkType.LINK_REF || link.getLinkType() == LinkType.IMAGE_REF;
    }

    private ResolvedLink resolve(Node node, PageScope scope, ResolvedLink link) {
        String url = link.getUrl();
        if (node instanceof MailLink) {
            // flexmark writes "mailto:" before what the resolver answers for a bare address.
            return link.withStatus(LinkStatus.VALID);
        }
        if (node instanceof AutoLink && url.regionMatches(true, 0, "www.", 0, 4)) {
            return link.withUrl("http://" + url).withStatus(LinkStatus.VALID);
        }
        String squeezed = url.replaceAll("[\\s\\u0000-\\u001F\\u007F]", "").toLowerCase(Locale.ROOT);
        var scheme = SCHEME.matcher(squeezed);
        if (scheme.find()) {
            if (SAFE_SCHEMES.contains(scheme.group(1))) {
                return link.withStatus(LinkStatus.VALID);
            }
            scope.problems.warning(scope.at(node), "link to '" + abbreviate(url) + "' removed: '" + scheme.group(1) + ":' links are not allowed",
                    "link to web pages (https://...) or to other pages of the site (../pledges/subsidiarity.md)");
            return link.withUrl(REMOVED).withStatus(LinkStatus.INVALID);
        }
        if (url.startsWith("//")) {
            return link.withStatus(LinkStatus.VALID);
        }
        if (url.isEmpty() || url.startsWith("#")) {
            return link.withStatus(LinkStatus.VALID);
        }
        if (url.startsWith("/")) {
            return link.withUrl(scope.env.basePath() + url.substring(1)).withStatus(LinkStatus.VALID);
        }
        return resolveRelative(node, scope, link, url);
    }

    private ResolvedLink resolveRelative(Node node, PageScope scope, ResolvedLink link, String url) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String pathPart = hash < 0 ? url : url.substring(0, hash);
        int query = pathPart.indexOf('?');
        String queryPart = query < 0 ? "" : pathPart.substring(query);
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        fragment = queryPart + fragment;
        Optional<String> target = normalise(scope.page.key(), pathPart);
        if (target.isEmpty()) {
            scope.problems.error(scope.at(node), "link '" + url + "' leads outside content/", "link to files inside content/ only");
            return link.withUrl(REMOVED).withStatus(LinkStatus.INVALID);
        }
        String path = target.get();
        boolean image = node instanceof Image || node instanceof ImageRef;
        if (path.endsWith(".md") && !image) {
            return pageLink(node, scope, link, url, path.substring(0, path.length() - 3), fragment);
        }
        Optional<String> asset = scope.env.assetUrl(path);
        if (asset.isPresent()) {
            return link.withUrl(encodedFileUrl(asset.get(), path) + fragment).withStatus(LinkStatus.VALID);
        }
        scope.problems.error(scope.at(node), (image ? "image" : "link") + " '" + url + "' points to content/" + path + ", which does not exist",
                image ? "put the image in content/ (for example content/images/) and check the spelling of its name"
                        : "link to a page's .md file, e.g. ../undertakings/local-finance.md, or to a file in content/");
        return link.withUrl(REMOVED).withStatus(LinkStatus.NOT_FOUND);
    }

    private ResolvedLink pageLink(Node node, PageScope scope, ResolvedLink link, String url, String target, String fragment) {
        String pageLang = scope.page.lang();
        String keyPath = target;
        String explicitLang = null;
        var suffix = LANGUAGE_SUFFIX.matcher(target);
        if (suffix.matches() && scope.env.findPage(PageKey.of(suffix.group(1)), suffix.group(2)).filter(p -> p.lang().equals(suffix.group(2))).isPresent()) {
            keyPath = suffix.group(1);
            explicitLang = suffix.group(2);
        }
        PageKey key = PageKey.of(keyPath);
        Optional<Page> found = scope.env.findPage(key, explicitLang == null ? pageLang : explicitLang);
        if (found.isEmpty() && scope.env.fileExists(key)) {
            return link.withUrl(REMOVED).withStatus(LinkStatus.NOT_FOUND);
        }
        if (found.isEmpty()) {
            scope.problems.error(scope.at(node), "link to a page that does not exist: " + url,
                    nearMiss(keyPath, scope.env.pageKeys()).map(k -> "did you mean " + relativeLink(scope.page.key(), k) + fragment + "? (write it as it is here: paths are relative to this file)")
                            .orElse("check the path: it is relative to this file, e.g. ../undertakings/local-finance.md"));
            return link.withUrl(REMOVED).withStatus(LinkStatus.NOT_FOUND);
        }
        Page page = found.get();
        if (explicitLang != null && !explicitLang.equals(pageLang)
                && scope.env.findPage(key, pageLang).filter(p -> p.lang().equals(pageLang) && !p.isFallback()).isPresent()) {
            scope.problems.warning(scope.at(node), "this link leads to the '" + explicitLang + "' version although the page exists in '" + pageLang + "'",
                    "write the link without the language code (" + keyPath.substring(keyPath.lastIndexOf('/') + 1) + ".md) to reach the page in the reader's language");
        }
        if (!page.contentLang().equals(pageLang)) {
            scope.linkLanguages.put(node, page.contentLang());
        }
        return link.withUrl(scope.env.urlOf(page) + fragment).withStatus(LinkStatus.VALID);
    }

    /**
     * The page a broken link most likely meant: the only page whose file has the same name
     * ({@code research.md} for {@code report/2021/research}), else the closest key.
     */
    static Optional<String> nearMiss(String keyPath, List<String> keys) {
        String name = keyPath.substring(keyPath.lastIndexOf('/') + 1);
        List<String> sameName = keys.stream().filter(k -> k.equals(name) || k.endsWith("/" + name)).limit(2).toList();
        return sameName.size() == 1 ? Optional.of(sameName.get(0)) : Suggestions.closest(keyPath, keys);
    }

    /** The link to write in the page with key {@code from} to reach the page with key {@code to}: {@code ../undertakings/local-finance.md}. */
    static String relativeLink(PageKey from, String to) {
        List<String> here = from.folders();
        List<String> there = List.of(to.split("/"));
        int common = 0;
        while (common < here.size() && common < there.size() - 1 && here.get(common).equals(there.get(common))) {
            common++;
        }
        StringBuilder link = new StringBuilder("../".repeat(here.size() - common));
        link.append(String.join("/", there.subList(common, there.size())));
        return link + ".md";
    }

    /** Resolves {@code relative} against the folder of the page with {@code key}; empty if it escapes. */
    static Optional<String> normalise(PageKey key, String relative) {
        Deque<String> parts = new ArrayDeque<>(key.folders());
        for (String raw : relative.split("/")) {
            String segment = decode(raw);
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

    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    /**
     * The file's URL with its name encoded again: {@code report%231.pdf} names the file
     * {@code report#1.pdf}, whose URL must keep {@code %23} or the browser reads an anchor.
     */
    private static String encodedFileUrl(String url, String path) {
        if (!url.endsWith(path)) {
            return url;
        }
        StringBuilder encoded = new StringBuilder(url.substring(0, url.length() - path.length()));
        path.codePoints().forEach(c -> {
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "/-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
                encoded.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    encoded.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return encoded.toString();
    }

    private static String abbreviate(String url) {
        return url.length() > 40 ? url.substring(0, 40) + "…" : url;
    }

    /** Creates the resolver; it is stateless, state lives in the document's {@link PageScope}. */
    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new SiteLinkResolver();
        }
    }
}
