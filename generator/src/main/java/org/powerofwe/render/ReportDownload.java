package org.powerofwe.render;

import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * A report's PDF as its pages link to it: its URL and its size in bytes, which waits for the PDF
 * being laid out in parallel with the pages, and is empty where the PDF is made only on request
 * (the preview).
 */
public record ReportDownload(String url, Supplier<OptionalLong> size) {
}
