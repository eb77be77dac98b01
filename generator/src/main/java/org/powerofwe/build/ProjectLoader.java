package org.powerofwe.build;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.config.SiteConfigLoader;
import org.powerofwe.content.ContentFile;
import org.powerofwe.content.ContentLoader;
import org.powerofwe.content.LoadedContent;
import org.powerofwe.content.ContentScanner;
import org.powerofwe.diag.Problems;

/**
 * Reads a project's configuration and content without rendering anything, for commands that
 * only need to know what the content says (translations, new).
 */
public final class ProjectLoader {

    /** A project as read from disk; {@code problems} says what was wrong with it. */
    public record Loaded(ProjectLayout layout, SiteConfig config, LoadedContent content, List<ContentFile> files, Problems problems) {
    }

    private ProjectLoader() {
    }

    /** Loads the project, or returns empty (with the problems) when the configuration is unusable. */
    public static Optional<Loaded> load(Path source, Problems problems) {
        ProjectLayout layout = new ProjectLayout(source);
        Optional<SiteConfig> config = new SiteConfigLoader(layout, problems).load();
        if (config.isEmpty()) {
            return Optional.empty();
        }
        List<ContentFile> files = new ContentScanner(layout, new LinkedHashSet<>(config.get().languageCodes()), problems).scan();
        LoadedContent content = new ContentLoader(config.get(), ForkJoinPool.commonPool()).load(files, problems);
        return Optional.of(new Loaded(layout, config.get(), content, files, problems));
    }
}
