package org.powerofwe.content;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.diag.Suggestions;
import org.powerofwe.model.PageKey;

/**
 * Lists the files of {@code content/} and classifies them, refusing what cannot be published
 * safely: links that lead outside {@code content/}, unconfigured language codes, names that
 * would make bad URLs, files over the size limit.
 */
public final class ContentScanner {

    /** The largest page or data file we read; real pages are a few kilobytes. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private static final Pattern PAGE_NAME = Pattern.compile("(?<name>[^.]+)\\.(?<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\\.md");
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> ASSET_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif", "pdf");

    private final ProjectLayout layout;
    private final Set<String> languages;
    private final Problems problems;

    public ContentScanner(ProjectLayout layout, Set<String> languages, Problems problems) {
        this.layout = layout;
        this.languages = languages;
        this.problems = problems;
    }

    /** Returns the content files in path order (so builds do not depend on directory order). */
    public List<ContentFile> scan() {
        Path content = layout.contentDir();
        if (!Files.isDirectory(content)) {
            problems.error(SourcePos.file("content"), "the content/ folder is missing", "create content/ with at least content/_index.en.md");
            return List.of();
        }
        Path realRoot;
        try {
            realRoot = content.toRealPath();
        } catch (IOException e) {
            problems.error(SourcePos.file("content"), "cannot read content/: " + e.getMessage());
            return List.of();
        }
        List<ContentFile> files = new ArrayList<>();
        try {
            new Visitor(content, realRoot, files).visit(content);
        } catch (IOException e) {
            problems.error(SourcePos.file("content"), "cannot read content/: " + e.getMessage());
        }
        files.sort(Comparator.comparing(ContentFile::relative));
        return files;
    }

    /**
     * Walks content/ as {@code Files.walkFileTree} does when it follows links (the same events in the
     * same order, loops detected the same way), but reads each entry's attributes once, without
     * following links: for a plain file that is all there is to know. Only a link, or another kind
     * of reparse point, is read again through. The walker that follows links read every file twice
     * (once through, once more to tell a plain file from a link): two system calls per file, 40% of
     * the scan at 10,000 pages.
     */
    private final class Visitor {
        private final Path content;
        private final Path realRoot;
        private final List<ContentFile> files;
        /** The folders being walked, innermost first: a folder met again inside itself is a loop. */
        private final Deque<Folder> open = new ArrayDeque<>();

        Visitor(Path content, Path realRoot, List<ContentFile> files) {
            this.content = content;
            this.realRoot = realRoot;
            this.files = files;
        }

        /** Visits {@code entry} and, for a folder, what it holds; throws when a folder cannot be read to its end. */
        void visit(Path entry) throws IOException {
            BasicFileAttributes own;
            try {
                own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                visitFileFailed(entry, e);
                return;
            }
            boolean plain = own.isRegularFile() && !own.isSymbolicLink() && !own.isOther();
            BasicFileAttributes attrs = own.isSymbolicLink() || own.isOther() ? through(entry, own) : own;
            if (attrs.isDirectory()) {
                walkFolder(entry, attrs);
            } else {
                visitFile(entry, attrs, plain);
            }
        }

        /** What a link leads to; the link's own attributes when it leads nowhere (its real path then says why). */
        private static BasicFileAttributes through(Path link, BasicFileAttributes own) {
            try {
                return Files.readAttributes(link, BasicFileAttributes.class);
            } catch (IOException e) {
                return own;
            }
        }

        private void walkFolder(Path dir, BasicFileAttributes attrs) throws IOException {
            if (wouldLoop(dir, attrs.fileKey())) {
                visitFileFailed(dir, new FileSystemLoopException(dir.toString()));
                return;
            }
            DirectoryStream<Path> opened;
            try {
                opened = Files.newDirectoryStream(dir);
            } catch (IOException e) {
                visitFileFailed(dir, e);
                return;
            }
            open.push(new Folder(dir, attrs.fileKey()));
            try (DirectoryStream<Path> entries = opened) {
                if (preVisitDirectory(dir)) {
                    for (Path entry : entries) {
                        visit(entry);
                    }
                }
            } catch (DirectoryIteratorException e) {
                throw e.getCause();
            } finally {
                open.pop();
            }
        }

        /** Whether {@code dir} is one of the folders being walked, by file key where there is one (as the JDK's walker tells). */
        private boolean wouldLoop(Path dir, Object key) {
            for (Folder folder : open) {
                if (key != null && folder.key() != null) {
                    if (key.equals(folder.key())) {
                        return true;
                    }
                } else {
                    try {
                        if (Files.isSameFile(dir, folder.path())) {
                            return true;
                        }
                    } catch (IOException e) {
                        // not the same as far as can be told
                    }
                }
            }
            return false;
        }

        /** Whether the files of {@code dir} are to be visited. */
        private boolean preVisitDirectory(Path dir) {
            if (!dir.equals(content) && isHidden(dir)) {
                return false;
            }
            if (!insideContent(dir, false)) {
                return false;
            }
            if (!dir.equals(content) && !relative(dir).startsWith("data") && !relative(dir).startsWith("glossary") && !SEGMENT.matcher(dir.getFileName().toString()).matches()) {
                problems.error(SourcePos.file(layout.display(dir)), "folder name '" + dir.getFileName() + "' cannot be part of a web address",
                        "use lower-case letters, digits and -, e.g. " + suggestSegment(dir.getFileName().toString()));
                return false;
            }
            return true;
        }

        /** @param plain whether the file is itself a file, not a link or another kind of reparse point */
        private void visitFile(Path file, BasicFileAttributes attrs, boolean plain) {
            if (isHidden(file) || isEditorTemp(file.getFileName().toString()) || !insideContent(file, plain)) {
                return;
            }
            if (!attrs.isRegularFile()) {
                // Reading a named pipe waits for a writer for ever; devices and sockets are no content either.
                problems.warning(SourcePos.file(layout.display(file)), "this is not a regular file (a named pipe, device or socket), so it was skipped",
                        "remove it from content/; only pages, figures, glossaries and images belong there");
                return;
            }
            if (attrs.size() > MAX_FILE_BYTES) {
                problems.error(SourcePos.file(layout.display(file)), String.format(Locale.ROOT,
                                "this file is too large (%.1f MB; the limit is %d MB)", attrs.size() / 1048576.0, MAX_FILE_BYTES / 1048576),
                        "split the page into several pages, or publish the document through the theme");
                return;
            }
            classify(file);
        }

        private void visitFileFailed(Path file, IOException e) {
            String message = e instanceof FileSystemLoopException ? "this link makes a loop in content/" : "cannot read this file: " + e.getMessage();
            problems.error(SourcePos.file(layout.display(file)), message, "remove the link or fix the file's permissions");
        }

        /**
         * Whether {@code path}, whose folder was found inside content/, is too. Every folder has its
         * real path worked out (a Windows junction is no symbolic link to Java). A file can lead out
         * only as a link or another kind of reparse point, so only such a file has its real path
         * worked out: there are thousands of files, and their real paths took 70 ms at 10,000 pages.
         *
         * @param plain whether {@code path} is a plain file, not a link or another kind of reparse point
         */
        private boolean insideContent(Path path, boolean plain) {
            if (plain) {
                return true;
            }
            try {
                if (path.toRealPath().startsWith(realRoot)) {
                    return true;
                }
            } catch (IOException e) {
                problems.error(SourcePos.file(layout.display(path)), "cannot follow this link: " + e.getMessage(), "remove the broken link");
                return false;
            }
            problems.error(SourcePos.file(layout.display(path)), "this link points outside content/, which is not allowed",
                    "copy the file into content/ instead of linking to it");
            return false;
        }

        private void classify(Path file) {
            String relative = relative(file);
            String display = layout.display(file);
            String name = file.getFileName().toString();
            if (relative.startsWith("data/")) {
                if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                    files.add(ContentFile.other(file, relative, display, ContentFile.Kind.DATA));
                } else {
                    problems.warning(SourcePos.file(display), "only .yml files are read in content/data/; this file is ignored", "");
                }
                return;
            }
            if (relative.startsWith("glossary/")) {
                glossary(file, relative, display, name);
                return;
            }
            if (name.endsWith(".md")) {
                page(file, relative, display, name);
                return;
            }
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (ASSET_EXTENSIONS.contains(extension)) {
                files.add(ContentFile.other(file, relative, display, ContentFile.Kind.ASSET));
            } else {
                problems.warning(SourcePos.file(display), "'" + name + "' is neither a page (.md), data (.yml) nor an image or PDF; it is not published",
                        "pages end in .<language>.md, e.g. " + name.replaceFirst("\\.[^.]*$", "") + ".en.md");
            }
        }

        private void glossary(Path file, String relative, String display, String name) {
            String lang = name.replaceFirst("\\.ya?ml$", "");
            if (relative.indexOf('/', "glossary/".length()) >= 0 || lang.equals(name)) {
                problems.warning(SourcePos.file(display), "only <language>.yml files are read in content/glossary/; this file is ignored", "");
            } else if (!languages.contains(lang)) {
                problems.error(SourcePos.file(display), "glossary for '" + lang + "', which is not one of the site's languages",
                        "name glossaries after a language code: " + String.join(", ", languages));
            } else {
                files.add(new ContentFile(file, relative, display, ContentFile.Kind.GLOSSARY, null, lang));
            }
        }

        private void page(Path file, String relative, String display, String name) {
            Matcher m = PAGE_NAME.matcher(name);
            if (!m.matches()) {
                problems.error(SourcePos.file(display), "the file name has no language code",
                        "name pages <name>.<language>.md, e.g. " + name.replaceFirst("\\.md$", "") + ".en.md");
                return;
            }
            String lang = m.group("lang");
            if (!languages.contains(lang)) {
                problems.error(SourcePos.file(display), "language code '" + lang + "' is not one of the site's languages",
                        Suggestions.closest(lang, languages).map(c -> "did you mean '" + c + "'? ").orElse("")
                                + "languages are configured in site-config.yml: " + String.join(", ", languages));
                return;
            }
            String pageName = m.group("name");
            if (!pageName.equals(PageKey.INDEX) && !SEGMENT.matcher(pageName).matches()) {
                problems.error(SourcePos.file(display), "page name '" + pageName + "' cannot be part of a web address",
                        "use lower-case letters, digits and -, e.g. " + suggestSegment(pageName) + "." + lang + ".md");
                return;
            }
            String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
            files.add(ContentFile.page(file, relative, display, PageKey.of(folder + pageName), lang));
        }

        private String relative(Path path) {
            return content.relativize(path).toString().replace('\\', '/');
        }
    }

    /** A folder being walked, and its file key (null where the file system has none). */
    private record Folder(Path path, Object key) {
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static boolean isEditorTemp(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp") || (name.startsWith("#") && name.endsWith("#"));
    }

    static String suggestSegment(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return folded.isEmpty() ? "page" : folded;
    }
}
