package org.powerofwe.config;

import java.nio.file.Path;

/**
 * Knows where a project's parts live: {@code site-config.yml}, {@code content/}, {@code themes/},
 * and how to name a file in messages (relative to the root, forward slashes).
 */
public record ProjectLayout(Path root) {

    public static final String CONFIG_FILE = "site-config.yml";

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path configFile() {
        return root.resolve(CONFIG_FILE);
    }

    public Path contentDir() {
        return root.resolve("content");
    }

    public Path dataDir() {
        return contentDir().resolve("data");
    }

    /**
     * Where the source text of each translated revision is kept: inside {@code content/} (a hidden
     * folder the build does not publish), so that the guide's {@code git add content/} commits it
     * together with the translation that records the revision.
     */
    public Path translationSourcesDir() {
        return contentDir().resolve(".translation-sources");
    }

    /** Where earlier versions kept those texts ({@code translation-sources/}): still read, moved on the next write. */
    public Path legacyTranslationSourcesDir() {
        return root.resolve("translation-sources");
    }

    /** Processed images and drawn social cards kept between builds ({@code .cache/}, never committed). */
    public Path cacheDir() {
        return root.resolve(".cache");
    }

    public Path themesDir() {
        return root.resolve("themes");
    }

    public Path themeDir(String theme) {
        return themesDir().resolve(theme);
    }

    /** Names a file the way problems show it: relative to the project root when inside it. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
