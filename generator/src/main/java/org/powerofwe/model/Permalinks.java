package org.powerofwe.model;

import java.util.List;
import java.util.Optional;
import org.powerofwe.config.SiteConfig;

/**
 * Decides where a page is published: {@code <lang>/<localised section>/<folders>/<slug>/},
 * below the site's base path.
 */
public final class Permalinks {

    private Permalinks() {
    }

    /** The URL path of a page below the site root, always ending with {@code /}. */
    public static String pathOf(SiteConfig config, PageKey key, String lang, Optional<String> slug) {
        StringBuilder path = new StringBuilder(lang).append('/');
        List<String> folders = key.folders();
        for (int i = 0; i < folders.size(); i++) {
            String folder = folders.get(i);
            path.append(i == 0 ? config.sectionSlug(folder, lang) : folder).append('/');
        }
        if (!key.isIndex()) {
            path.append(slug.orElse(key.name())).append('/');
        }
        return path.toString();
    }

    /** The URL path of a language's home page. */
    public static String homeOf(String lang) {
        return lang + "/";
    }
}
