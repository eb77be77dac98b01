package org.powerofwe.content;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiConsumer;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;
import org.powerofwe.yaml.YamlMemo;

/**
 * Reads and decodes the scanned content files in parallel. Each file is read once; its problems
 * are gathered apart and merged, so one broken page never hides another's problems.
 */
public final class ContentLoader {

    private final SiteConfig config;
    private final ForkJoinPool pool;
    private YamlMemo memo = YamlMemo.NONE;
    private BiConsumer<Page, byte[]> sourceBytes = (page, bytes) -> {
    };

    public ContentLoader(SiteConfig config, ForkJoinPool pool) {
        this.config = config;
        this.pool = pool;
    }

    /** Takes the front matters read before from {@code memo} (the build cache's) instead of parsing them again. */
    public ContentLoader withYamlMemo(YamlMemo memo) {
        this.memo = memo;
        return this;
    }

    /**
     * Tells {@code listener} of each page decoded, with the bytes of the file it was decoded from
     * (the build cache keys a body on them: its text is a function of those bytes).
     */
    public ContentLoader withSourceBytes(BiConsumer<Page, byte[]> listener) {
        this.sourceBytes = listener;
        return this;
    }

    public LoadedContent load(List<ContentFile> files, Problems problems) {
        List<ContentFile> pageFiles = files.stream().filter(f -> f.kind() == ContentFile.Kind.PAGE).toList();
        List<ContentFile> dataFiles = files.stream().filter(f -> f.kind() == ContentFile.Kind.DATA).toList();
        List<ContentFile> assets = files.stream().filter(f -> f.kind() == ContentFile.Kind.ASSET).toList();
        List<Page> pages = pool.submit(() -> pageFiles.parallelStream()
                .map(f -> loadPage(f, problems))
                .flatMap(Optional::stream)
                .toList()).join();
        List<Metric> metrics = new ArrayList<>();
        for (ContentFile data : dataFiles) {
            metrics.addAll(loadMetrics(data, problems));
        }
        metrics.sort(Comparator.comparing(Metric::id));
        List<ContentFile> glossaries = files.stream().filter(f -> f.kind() == ContentFile.Kind.GLOSSARY).toList();
        return new LoadedContent(pages, metrics, assets, glossaries);
    }

    /** Reads and decodes one page file; also used by the preview server after a save. */
    public Optional<Page> loadPage(ContentFile file, Problems problems) {
        Problems local = new Problems();
        Optional<byte[]> bytes = bytes(file, local);
        Optional<Page> page = bytes.flatMap(b -> new PageDecoder(config, local, memo).decode(file, b));
        page.ifPresent(p -> sourceBytes.accept(p, bytes.get()));
        problems.addAll(local.sorted());
        return page;
    }

    private List<Metric> loadMetrics(ContentFile file, Problems problems) {
        Problems local = new Problems();
        List<Metric> metrics = read(file, local)
                .map(text -> new MetricsDecoder(config.languageCodes(), local).decode(file.display(), text))
                .orElse(List.of());
        problems.addAll(local.sorted());
        return metrics;
    }

    private static Optional<String> read(ContentFile file, Problems problems) {
        return bytes(file, problems).flatMap(bytes -> TextDecoder.decode(bytes, file.display(), problems));
    }

    private static Optional<byte[]> bytes(ContentFile file, Problems problems) {
        try {
            return Optional.of(Files.readAllBytes(file.path()));
        } catch (IOException e) {
            problems.error(SourcePos.file(file.display()), "cannot read this file: " + e.getMessage(), "check that the file exists and can be read");
            return Optional.empty();
        }
    }
}
