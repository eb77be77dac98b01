package org.powerofwe.render;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The URLs of published files: the theme's fingerprinted assets by logical name
 * ({@code css/main.css} → {@code /assets/css/main.3f2a9c1b.css}) and files from {@code content/}.
 */
public record AssetUrls(Map<String, String> theme, Set<String> content, String basePath) {

    public AssetUrls {
        theme = Map.copyOf(theme);
        content = Set.copyOf(content);
    }

    public Optional<String> contentUrl(String relativePath) {
        return content.contains(relativePath) ? Optional.of(basePath + relativePath) : Optional.empty();
    }
}
