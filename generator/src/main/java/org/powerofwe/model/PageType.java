package org.powerofwe.model;

import java.util.Locale;

/** The kind of a page, decided by its folder; it chooses the page's fields and template. */
public enum PageType {
    HOME,
    SECTION,
    AXIS,
    PLEDGE,
    UNDERTAKING,
    REPORT,
    CHAPTER,
    CAMPAIGN,
    ARTICLE,
    PAGE;

    /** The name templates and the JSON export use: {@code chapter}, {@code undertaking}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Decides a page's type from its key, the way the content format documents it. */
    public static PageType of(PageKey key) {
        if (key.isHome()) {
            return HOME;
        }
        String section = key.section().orElse("");
        int depth = key.folders().size();
        if (section.equals("report") && depth == 2) {
            return key.isIndex() ? REPORT : CHAPTER;
        }
        if (key.isIndex()) {
            return SECTION;
        }
        if (depth != 1) {
            return PAGE;
        }
        return switch (section) {
            case "pact" -> AXIS;
            case "pledges" -> PLEDGE;
            case "undertakings" -> UNDERTAKING;
            case "campaigns" -> CAMPAIGN;
            case "news" -> ARTICLE;
            default -> PAGE;
        };
    }
}
