package org.powerofwe.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.powerofwe.i18n.LocaleFormat;
import org.powerofwe.i18n.UiStrings;

/** A file to download as templates see it: its URL and its size for readers, null when unknown. */
public record DownloadView(String url, String size) {

    /** A size as readers read it: "850 KB", "2.1 MB" (decimal units, one decimal for megabytes). */
    static String size(long bytes, LocaleFormat format, UiStrings ui) {
        if (bytes < 1_000_000) {
            return ui.get("pdf.sizeKb", List.of(format.number(Math.max(1, Math.round(bytes / 1000.0)))));
        }
        BigDecimal megabytes = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP);
        return ui.get("pdf.sizeMb", List.of(format.number(megabytes)));
    }
}
