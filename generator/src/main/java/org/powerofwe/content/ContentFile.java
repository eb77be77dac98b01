package org.powerofwe.content;

import java.nio.file.Path;
import org.powerofwe.model.PageKey;

/**
 * A file found in {@code content/}, classified by what it holds.
 *
 * @param relative the path inside {@code content/}, with forward slashes
 * @param display  the path shown in problems (relative to the project root)
 */
public record ContentFile(Path path, String relative, String display, Kind kind, PageKey key, String lang) {

    /** What a content file holds. */
    public enum Kind {
        /** A Markdown page, {@code <key>.<lang>.md}. */
        PAGE,
        /** A YAML data file under {@code content/data/}. */
        DATA,
        /** A language's glossary, {@code content/glossary/<lang>.yml}. */
        GLOSSARY,
        /** An image or document published as-is at the same path. */
        ASSET
    }

    public static ContentFile page(Path path, String relative, String display, PageKey key, String lang) {
        return new ContentFile(path, relative, display, Kind.PAGE, key, lang);
    }

    public static ContentFile other(Path path, String relative, String display, Kind kind) {
        return new ContentFile(path, relative, display, kind, null, null);
    }
}
