package org.powerofwe.content;

import java.util.List;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;

/** Everything read from {@code content/}: decoded pages, figures, and files published as-is. */
public record LoadedContent(List<Page> pages, List<Metric> metrics, List<ContentFile> assets) {

    public LoadedContent {
        pages = List.copyOf(pages);
        metrics = List.copyOf(metrics);
        assets = List.copyOf(assets);
    }
}
