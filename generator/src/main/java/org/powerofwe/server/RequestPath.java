package org.powerofwe.server;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the path of a request into the name of a file of the site, refusing anything that could
 * climb out of it: {@code ..} segments in any encoding ({@code %2e%2e}, {@code %252e}),
 * backslashes, encoded slashes and NUL bytes.
 */
final class RequestPath {

    private RequestPath() {
    }

    /**
     * The file a request asks for, relative to the site root ({@code fr/index.html} for
     * {@code /fr/}), or empty when the path is refused.
     */
    static Optional<String> resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%25") || lower.contains("%00")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.indexOf('\\') >= 0 || decoded.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        StringBuilder file = new StringBuilder();
        for (String segment : decoded.substring(1).split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
            if (!segment.isEmpty()) {
                file.append(file.length() == 0 ? "" : "/").append(segment);
            }
        }
        boolean folder = decoded.endsWith("/") || file.length() == 0;
        return Optional.of(folder ? (file.length() == 0 ? "index.html" : file + "/index.html") : file.toString());
    }

    static String contentType(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        if (name.endsWith(".xml")) {
            return name.endsWith("feed.xml") ? "application/atom+xml; charset=utf-8" : "application/xml; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (name.endsWith(".webp")) {
            return "image/webp";
        }
        if (name.endsWith(".gif")) {
            return "image/gif";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        if (name.endsWith(".woff2")) {
            return "font/woff2";
        }
        return "application/octet-stream";
    }
}
