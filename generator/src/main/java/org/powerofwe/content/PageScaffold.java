package org.powerofwe.content;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import org.powerofwe.model.PageType;
import org.powerofwe.model.TypeFields;

/**
 * What a new page of a content type starts from: its key, the values of the template variables
 * (an existing axis, the next weight, the latest report year...) and the built-in template used
 * when {@code archetypes/} has none, as a draft with every required field, so it builds at once
 * and is not published until staff remove {@code draft}.
 */
public final class PageScaffold {

    /**
     * The kinds of page staff can create, with the folder each lives in and the other names staff
     * may type for it (the folder's name, the plural), each naming one type only.
     */
    public enum Type {
        AXIS("pact", "axes"), PLEDGE("pledges"), UNDERTAKING("undertakings"), CHAPTER("report", "chapters"),
        CAMPAIGN("campaigns"), ARTICLE("news", "articles"), PAGE("", "pages");

        private final String folder;
        private final List<String> aliases;

        Type(String folder, String... more) {
            this.folder = folder;
            List<String> names = new java.util.ArrayList<>();
            if (!folder.isEmpty()) {
                names.add(folder);
            }
            names.addAll(List.of(more));
            this.aliases = List.copyOf(names);
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The other names of the type: its folder's name and its plural ({@code news}, {@code articles}). */
        public List<String> aliases() {
            return aliases;
        }

        /** The type a name typed by staff stands for: its id or one of its aliases, in any case. */
        public static Optional<Type> find(String name) {
            String typed = name.strip().toLowerCase(Locale.ROOT);
            return java.util.Arrays.stream(values()).filter(t -> t.id().equals(typed) || t.aliases.contains(typed)).findFirst();
        }

        /** Every name {@link #find} accepts, ids first. */
        public static List<String> allNames() {
            List<String> names = new java.util.ArrayList<>();
            for (Type t : values()) {
                names.add(t.id());
            }
            for (Type t : values()) {
                names.addAll(t.aliases);
            }
            return names;
        }

        /** The types as the help and hints list them: {@code article (news, articles)}. */
        public static String listing() {
            return String.join(", ", java.util.Arrays.stream(values())
                    .map(t -> t.id() + (t.aliases.isEmpty() ? "" : " (" + String.join(", ", t.aliases) + ")")).toList());
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

    /**
     * The built-in template of a type, used when {@code archetypes/} has none for it: the same
     * {@code {{ variables }}} as the templates staff edit, and every required field of the type.
     */
    public static String builtInTemplate(Type type) {
        String fields = switch (type) {
            case AXIS -> "axis: {{ axis }}\nvision: \"{{ vision }}\"\nweight: {{ weight }}\n";
            case PLEDGE -> "axis: {{ axis }}   # one of: {{ axes }}\nweight: {{ weight }}\n";
            case UNDERTAKING -> "axis: {{ axis }}   # one of: {{ axes }}\nweight: {{ weight }}\n"
                    + "pledges: []   # keys of the pledges it serves, e.g. [subsidiarity]\n";
            case CHAPTER -> "year: {{ year }}\nweight: {{ weight }}\nchapter: \"{{ chapter }}\"\n";
            case CAMPAIGN -> "hashtags: [\"{{ hashtag }}\"]\nmetrics: []   # ids of figures from content/data/metrics/\n";
            case ARTICLE -> "date: {{ date }}\n";
            case PAGE -> "";
        };
        return "---\ntitle: \"{{ title }}\"\nsummary: \"{{ summary }}\"\n" + fields
                + "draft: true   # remove this line when the page is ready to publish\n---\n\n{{ text }}\n";
    }

    /**
     * The values of a template's variables for a new page: names from the slug, today's date, and
     * what the existing content says (the axes, the next weight, the report's year).
     */
    public static Map<String, String> values(Type type, PageKey key, List<Page> existing, LocalDate today, String lang) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", titleOf(key.name()));
        values.put("slug", key.name());
        values.put("date", today.toString());
        values.put("lang", lang);
        values.put("weight", String.valueOf(nextWeight(existing, key)));
        values.put("chapter", String.valueOf(nextWeight(existing, key)));
        values.put("year", type == Type.CHAPTER ? key.folders().get(1) : String.valueOf(latestYear(existing)));
        values.put("axis", type == Type.AXIS ? key.name() : firstAxis(existing));
        values.put("axes", String.join(", ", axes(existing)));
        values.put("hashtag", "#" + camel(key.name()));
        values.put("summary", Placeholders.SUMMARY);
        values.put("vision", Placeholders.VISION);
        values.put("text", Placeholders.BODY);
        return values;
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

}
