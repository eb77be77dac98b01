package org.powerofwe.content;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageType;
import org.powerofwe.model.Permalinks;
import org.powerofwe.model.TypeFields;
import org.powerofwe.yaml.Fields;
import org.powerofwe.yaml.Located;
import org.powerofwe.yaml.YMap;
import org.powerofwe.yaml.YNode;
import org.powerofwe.yaml.YamlLimits;
import org.powerofwe.yaml.YamlMemo;
import org.powerofwe.yaml.YamlReader;

/**
 * Decodes one page file into a {@link Page}: splits the front matter, reads the common fields and
 * those of the page's type, and reports missing, mistyped or unknown fields at their line.
 */
public final class PageDecoder {

    /** Fields every page may have. */
    public static final Set<String> COMMON_FIELDS = Set.of("title", "summary", "date", "weight", "draft", "slug",
            "aliases", "translationOf", "layout", "cover");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ALIAS_SEGMENT = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]*");
    private static final Pattern AXIS_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LAYOUT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]+");

    private final SiteConfig config;
    private final Problems problems;
    private final YamlMemo memo;

    public PageDecoder(SiteConfig config, Problems problems) {
        this(config, problems, YamlMemo.NONE);
    }

    /** A decoder that takes the front matters it read before from {@code memo} (the build cache's). */
    public PageDecoder(SiteConfig config, Problems problems, YamlMemo memo) {
        this.config = config;
        this.problems = problems;
        this.memo = memo;
    }

    /**
     * Decodes the page. A page whose fields have errors is still returned (with defaults for the
     * broken fields) so that its references and links are checked too and staff see every
     * problem at once; the build fails on the reported errors. Empty only when the front matter
     * cannot be read at all.
     */
    public Optional<Page> decode(ContentFile file, String text) {
        return FrontMatter.split(text, file.display(), problems).flatMap(fm -> decode(file, fm));
    }

    /** Decodes the page in {@code bytes}, a file's whole content; what cannot be read is among the problems. */
    public Optional<Page> decode(ContentFile file, byte[] bytes) {
        Optional<FrontMatter> split = FrontMatter.splitUtf8(bytes);
        if (split.isPresent()) {
            return decode(file, split.get());
        }
        return TextDecoder.decode(bytes, file.display(), problems).flatMap(text -> decode(file, text));
    }

    private Optional<Page> decode(ContentFile file, FrontMatter fm) {
        long errorsBefore = problems.errorCount();
        Optional<YNode> yaml = YamlReader.read(fm.yaml(), file.display(), fm.yamlLine() - 1, YamlLimits.FRONT_MATTER, problems, memo);
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        SourcePos top = SourcePos.file(file.display());
        Fields fields = yaml.map(node -> Fields.of(node, top, "the front matter", problems)).orElseGet(() -> Fields.empty(top, problems));
        PageType type = PageType.of(file.key());
        Set<String> allowed = new LinkedHashSet<>(COMMON_FIELDS);
        allowed.addAll(typeFieldNames(type));
        fields.reportUnknown(allowed, Severity.WARNING, "the front matter");
        Page page = build(file, fm, fields, type);
        Placeholders.check(page, problems);
        return Optional.of(page);
    }

    private Page build(ContentFile file, FrontMatter fm, Fields fields, PageType type) {
        String title = fields.requireText("title");
        if (fields.has("title") && title.isBlank()) {
            problems.error(fields.pos("title").orElseThrow(), "the title is empty", "write the page's title after 'title:'");
        }
        Optional<String> slug = slug(fields);
        TypeFields typed = typeFields(type, fields);
        return new Page(file.key(), file.lang(), file.lang(), type, file.display(),
                title.strip(),
                fields.text("summary").map(String::strip).orElse(""),
                type == PageType.ARTICLE ? fields.requireDate("date") : fields.date("date"),
                toOptionalInt(needsWeight(type) ? fields.requireInteger("weight") : fields.integer("weight")),
                fields.bool("draft").orElse(false),
                slug,
                aliases(fields),
                fields.text("translationOf").map(String::strip),
                layout(fields),
                typed,
                fm.body(),
                fm.bodyLine(),
                Permalinks.pathOf(config, file.key(), file.lang(), slug),
                positions(fields.map()),
                CoverField.read(fields, problems));
    }

    private static boolean needsWeight(PageType type) {
        return type == PageType.PLEDGE || type == PageType.UNDERTAKING || type == PageType.CHAPTER;
    }

    private static List<String> typeFieldNames(PageType type) {
        return switch (type) {
            case AXIS -> List.of("axis", "vision");
            case PLEDGE -> List.of("axis");
            case UNDERTAKING -> List.of("axis", "pledges");
            case REPORT -> List.of("year");
            case CHAPTER -> List.of("year", "chapter");
            case CAMPAIGN -> List.of("hashtags", "metrics");
            default -> List.of();
        };
    }

    private TypeFields typeFields(PageType type, Fields fields) {
        return switch (type) {
            case AXIS -> new TypeFields.Axis(axisId(fields).value(), fields.text("vision").map(String::strip).orElse(""));
            case PLEDGE -> new TypeFields.Pledge(axisId(fields));
            case UNDERTAKING -> new TypeFields.Undertaking(axisId(fields), fields.textList("pledges"));
            case REPORT -> new TypeFields.Report(fields.requireInteger("year").orElse(0));
            case CHAPTER -> new TypeFields.Chapter(fields.requireInteger("year").orElse(0), fields.requireText("chapter").strip());
            case CAMPAIGN -> campaign(fields);
            default -> new TypeFields.None();
        };
    }

    private Located<String> axisId(Fields fields) {
        String axis = fields.requireText("axis").strip();
        SourcePos pos = fields.pos("axis").orElse(fields.map().pos());
        if (!axis.isEmpty() && !AXIS_ID.matcher(axis).matches()) {
            problems.error(pos, "axis '" + axis + "' is not a valid name", "use the axis's key in lower case: people, planet or government");
        }
        return new Located<>(axis, pos);
    }

    private TypeFields campaign(Fields fields) {
        if (!fields.has("hashtags")) {
            fields.missing("hashtags");
        }
        List<Located<String>> hashtags = fields.textList("hashtags");
        for (Located<String> tag : hashtags) {
            if (!HASHTAG.matcher(tag.value()).matches()) {
                problems.error(tag.pos(), "hashtag '" + tag.value() + "' must start with # and contain no spaces", "for example: \"#Listen2Cities\" (with quotes)");
            }
        }
        return new TypeFields.Campaign(hashtags.stream().map(Located::value).toList(), fields.textList("metrics"));
    }

    private Optional<String> slug(Fields fields) {
        Optional<Located<String>> slug = fields.locatedText("slug");
        slug.ifPresent(s -> {
            if (!SLUG.matcher(s.value()).matches()) {
                problems.error(s.pos(), "slug '" + s.value() + "' is not allowed",
                        "a slug is one part of a web address: lower-case letters a-z, digits and -, e.g. "
                                + ContentScanner.suggestSegment(s.value()));
            }
        });
        return slug.map(Located::value);
    }

    private List<Located<String>> aliases(Fields fields) {
        return fields.textList("aliases").stream().map(alias -> {
            String normalised = normaliseAlias(alias.value());
            if (normalised == null) {
                problems.error(alias.pos(), "alias '" + alias.value() + "' is not a path inside the site",
                        "write the old address as a path from the site root, such as /en/old-page/ (no '..', no http://)");
                return null;
            }
            return new Located<>(normalised, alias.pos());
        }).filter(java.util.Objects::nonNull).toList();
    }

    /** Returns the alias as {@code seg/seg/}, or null when it could escape the site. */
    static String normaliseAlias(String raw) {
        String value = raw.strip();
        if (value.isEmpty() || value.contains("\\") || value.contains("://") || value.contains("%") || value.contains("?") || value.contains("#")) {
            return null;
        }
        String trimmed = value.replaceAll("^/+", "").replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return null;
        }
        StringBuilder result = new StringBuilder();
        for (String segment : trimmed.split("/")) {
            if (segment.equals(".") || segment.equals("..") || !ALIAS_SEGMENT.matcher(segment).matches()) {
                return null;
            }
            result.append(segment).append('/');
        }
        return result.toString();
    }

    private Optional<String> layout(Fields fields) {
        Optional<Located<String>> layout = fields.locatedText("layout");
        layout.ifPresent(l -> {
            if (!LAYOUT.matcher(l.value()).matches()) {
                problems.error(l.pos(), "layout '" + l.value() + "' is not a template name", "use the name of a template in the theme, e.g. wide");
            }
        });
        return layout.map(Located::value);
    }

    private static java.util.OptionalInt toOptionalInt(Optional<Integer> value) {
        return value.map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty());
    }

    private static Map<String, SourcePos> positions(YMap map) {
        Map<String, SourcePos> positions = new HashMap<>();
        map.entries().forEach(e -> positions.put(e.key(), e.value().pos()));
        return positions;
    }
}
