package org.powerofwe.content;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import org.powerofwe.model.PageType;
import org.powerofwe.model.TypeFields;

/**
 * Writes the text of a new page of a content type with every required field filled with a valid
 * value taken from the existing content (an existing axis, the next weight, the latest report
 * year), as a draft, so it builds at once and is not published until staff remove {@code draft}.
 */
public final class PageScaffold {

    /** The kinds of page staff can create, with the folder each lives in. */
    public enum Type {
        AXIS("pact"), PLEDGE("pledges"), UNDERTAKING("undertakings"), CHAPTER("report"), CAMPAIGN("campaigns"), ARTICLE("news"), PAGE("");

        private final String folder;

        Type(String folder) {
            this.folder = folder;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");

    private PageScaffold() {
    }

    /** The key a new page of this type and slug gets ({@code pledges/local-autonomy}). */
    public static PageKey keyOf(Type type, String slug, List<Page> existing, Optional<Integer> year) {
        return switch (type) {
            case CHAPTER -> PageKey.of("report/" + year.orElseGet(() -> latestYear(existing)) + "/" + slug);
            case PAGE -> PageKey.of(slug);
            default -> PageKey.of(type.folder + "/" + slug);
        };
    }

    /** The text of the new page. */
    public static String text(Type type, PageKey key, List<Page> existing, LocalDate today) {
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: ").append(quote(titleOf(key.name()))).append('\n');
        fm.append("summary: ").append(quote(Placeholders.SUMMARY)).append('\n');
        switch (type) {
            case AXIS -> fm.append("axis: ").append(key.name()).append('\n')
                    .append("vision: ").append(quote(Placeholders.VISION)).append('\n')
                    .append("weight: ").append(nextWeight(existing, key)).append('\n');
            case PLEDGE -> fm.append("axis: ").append(firstAxis(existing)).append("   # one of: ").append(String.join(", ", axes(existing))).append('\n')
                    .append("weight: ").append(nextWeight(existing, key)).append('\n');
            case UNDERTAKING -> fm.append("axis: ").append(firstAxis(existing)).append("   # one of: ").append(String.join(", ", axes(existing))).append('\n')
                    .append("weight: ").append(nextWeight(existing, key)).append('\n')
                    .append("pledges: []   # keys of the pledges it serves, e.g. [subsidiarity]\n");
            case CHAPTER -> fm.append("year: ").append(key.folders().get(1)).append('\n')
                    .append("weight: ").append(nextWeight(existing, key)).append('\n')
                    .append("chapter: \"").append(nextWeight(existing, key)).append("\"\n");
            case CAMPAIGN -> fm.append("hashtags: [").append(quote("#" + camel(key.name()))).append("]\n")
                    .append("metrics: []   # ids of figures from content/data/metrics/\n");
            case ARTICLE -> fm.append("date: ").append(today).append('\n');
            default -> { }
        }
        fm.append("draft: true   # remove this line when the page is ready to publish\n---\n\n");
        fm.append(Placeholders.BODY).append('\n');
        return fm.toString();
    }

    /**
     * The first version of a translation: the source page's text, to be translated, recording the
     * source revision it starts from, as a draft until the translator is done.
     */
    public static String translation(String sourceText, String revision) {
        String text = FrontMatterEditor.set(sourceText, "translationOf", revision);
        return FrontMatterEditor.set(text, "draft", "true   # remove this line when the translation is done");
    }

    static String titleOf(String slug) {
        String words = slug.replace('-', ' ');
        return words.isEmpty() ? "New page" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String camel(String slug) {
        StringBuilder out = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    private static List<String> axes(List<Page> existing) {
        return existing.stream().filter(p -> p.type() == PageType.AXIS).sorted(Page.BY_WEIGHT)
                .map(p -> p.fieldsAs(TypeFields.Axis.class).map(TypeFields.Axis::axis).orElse("")).distinct().toList();
    }

    private static String firstAxis(List<Page> existing) {
        List<String> axes = axes(existing);
        return axes.isEmpty() ? "government" : axes.get(0);
    }

    private static int nextWeight(List<Page> existing, PageKey key) {
        Optional<PageKey> parent = key.parent();
        return existing.stream().filter(p -> p.key().parent().equals(parent) && !p.key().isIndex())
                .mapToInt(p -> p.weight().orElse(0)).max().orElse(0) + 1;
    }

    private static int latestYear(List<Page> existing) {
        return existing.stream().filter(p -> p.type() == PageType.REPORT || p.type() == PageType.CHAPTER)
                .map(p -> Integer.parseInt(p.key().folders().get(1))).max(Comparator.naturalOrder()).orElse(LocalDate.now().getYear());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
