package org.powerofwe.publish;

import java.time.LocalDate;
import java.util.List;

/**
 * An Atom feed of one language (news and report chapters), so readers and other platforms can
 * follow the site. Dates are content dates, never build times, so two builds give the same feed.
 */
public final class AtomFeed {

    /** One entry: {@code html} is the entry's content, escaped into the feed. */
    public record Entry(String title, String url, LocalDate updated, String summary, String html) {
    }

    private AtomFeed() {
    }

    /**
     * @param selfUrl absolute URL of the feed itself
     * @param homeUrl absolute URL of the language's home page
     */
    public static String xml(String title, String lang, String selfUrl, String homeUrl, List<Entry> entries) {
        LocalDate newest = entries.stream().map(Entry::updated).max(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(escape(lang)).append("\">\n")
                .append("  <title>").append(escape(title)).append("</title>\n")
                .append("  <id>").append(escape(selfUrl)).append("</id>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(selfUrl)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(homeUrl)).append("\"/>\n")
                .append("  <updated>").append(timestamp(newest)).append("</updated>\n")
                .append("  <author><name>").append(escape(title)).append("</name></author>\n");
        for (Entry entry : entries) {
            out.append("  <entry>\n")
                    .append("    <title>").append(escape(entry.title())).append("</title>\n")
                    .append("    <id>").append(escape(entry.url())).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(entry.url())).append("\"/>\n")
                    .append("    <updated>").append(timestamp(entry.updated())).append("</updated>\n");
            if (!entry.summary().isBlank()) {
                out.append("    <summary>").append(escape(entry.summary())).append("</summary>\n");
            }
            out.append("    <content type=\"html\">").append(escape(entry.html())).append("</content>\n")
                    .append("  </entry>\n");
        }
        return out.append("</feed>\n").toString();
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
