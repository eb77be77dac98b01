package org.powerofwe.render;

import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * A report's PDF as its pages link to it: its URL and its size in bytes, known once the PDF is
 * made beside the pages (the pages that show it are rendered then, see
 * {@link RenderContext#pendingDownload}); the size is empty where the PDF is made only on request
 * (the preview) or could not be made.
 */
public record ReportDownload(String url, CompletableFuture<OptionalLong> size) {

    /** A PDF whose size is not shown: made on request, so its size is not known in advance. */
    public static ReportDownload withoutSize(String url) {
        return new ReportDownload(url, CompletableFuture.completedFuture(OptionalLong.empty()));
    }
}
