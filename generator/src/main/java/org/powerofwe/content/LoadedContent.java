package org.powerofwe.content;

import java.util.List;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;

/** Everything read from {@code content/}: decoded pages, figures, files published as-is, and glossary files. */
public record LoadedContent(List<Page> pages, List<Metric> metrics, List<ContentFile> assets, List<ContentFile> glossaries) {

    public LoadedContent {
        pages = List.copyOf(pages);
        metrics = List.copyOf(metrics);
        assets = List.copyOf(assets);
        glossaries = List.copyOf(glossaries);
    }
}
