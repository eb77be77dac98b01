package org.powerofwe.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns YAML text into a {@link YNode} tree, reporting malformed YAML, duplicate keys, tags and
 * exceeded limits as problems at their line instead of throwing.
 */
public final class YamlReader {

    /**
     * Each thread's parsers, by limits: building one (its resolver's patterns, its representer) cost
     * a sixth of reading a page's front matter. A parser is reused only by the thread that built it,
     * since SnakeYAML's {@link Yaml} is not thread-safe; {@code compose} keeps nothing between texts.
     */
    private static final ThreadLocal<Map<YamlLimits, Yaml>> PARSERS = ThreadLocal.withInitial(HashMap::new);

    private YamlReader() {
    }

    /**
     * Reads one YAML document.
     *
     * @param file       the path shown in problems
     * @param lineOffset lines before the text in its file (front matter starts after {@code ---})
     * @return the root node, or empty when the text is empty or a problem was reported
     */
    public static Optional<YNode> read(String text, String file, int lineOffset, YamlLimits limits, Problems problems) {
        return read(text, file, lineOffset, limits, problems, YamlMemo.NONE);
    }

    /**
     * The same, taking the tree from {@code memo} when it holds {@code text}, and leaving it there
     * when the text is read without a problem: positions and problems are the same either way.
     */
    public static Optional<YNode> read(String text, String file, int lineOffset, YamlLimits limits, Problems problems, YamlMemo memo) {
        if (memo == YamlMemo.NONE) {
            return parse(text, file, lineOffset, limits, problems);
        }
        Optional<YNode> known = memo.recall(text, limits, file, lineOffset);
        if (known.isPresent()) {
            return known;
        }
        Problems found = new Problems();
        Optional<YNode> tree = parse(text, "", 0, limits, found);
        if (!found.isEmpty() || tree.isEmpty()) {
            // Problems are reported where the text is: read it again there (rare, and never remembered).
            return parse(text, file, lineOffset, limits, problems);
        }
        memo.remember(text, limits, tree.get());
        return Optional.of(moved(tree.get(), file, lineOffset));
    }

    /** A tree read as if its text started its file, moved to {@code file}, {@code lineOffset} lines down. */
    static YNode moved(YNode node, String file, int lineOffset) {
        SourcePos pos = new SourcePos(file, node.pos().line() + lineOffset, node.pos().column());
        if (node instanceof YScalar scalar) {
            return new YScalar(scalar.text(), scalar.kind(), pos);
        }
        if (node instanceof YList list) {
            List<YNode> items = new ArrayList<>(list.items().size());
            list.items().forEach(item -> items.add(moved(item, file, lineOffset)));
            return new YList(items, pos);
        }
        YMap map = (YMap) node;
        List<YMap.Entry> entries = new ArrayList<>(map.entries().size());
        for (YMap.Entry entry : map.entries()) {
            SourcePos keyPos = new SourcePos(file, entry.keyPos().line() + lineOffset, entry.keyPos().column());
            entries.add(new YMap.Entry(entry.key(), keyPos, moved(entry.value(), file, lineOffset)));
        }
        return new YMap(entries, pos);
    }

    private static Optional<YNode> parse(String text, String file, int lineOffset, YamlLimits limits, Problems problems) {
        if (text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
            problems.error(new SourcePos(file, lineOffset + 1, 1),
                    "this YAML is too large (more than " + limits.maxCodePoints() + " characters)",
                    "split it into several files or shorten it");
            return Optional.empty();
        }
        Node root;
        try {
            root = PARSERS.get().computeIfAbsent(limits, YamlReader::newYaml).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            problems.error(position(file, lineOffset, markOf(e)), describe(e), hintFor(e, text));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(new SourcePos(file, lineOffset + 1, 1), limitMessage(e.getMessage()),
                    "simplify the YAML: fewer aliases (*name) and less nesting");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // SnakeYAML refuses a tag with a space at either end (!<%20>) this way, not with a YAMLException.
            problems.error(new SourcePos(file, lineOffset + 1, 1), "invalid YAML: " + e.getMessage(),
                    "YAML tags (!!name) are not allowed in content");
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        Converter converter = new Converter(file, lineOffset, limits, problems);
        YNode converted = converter.convert(root, 0);
        return converter.failed ? Optional.empty() : Optional.of(converted);
    }

    private static Yaml newYaml(YamlLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(Math.max(limits.maxCodePoints(), 1) + 1);
        options.setNestingDepthLimit(limits.maxDepth());
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return new Yaml(new SafeConstructor(options));
    }

    private static SourcePos position(String file, int lineOffset, Mark mark) {
        if (mark == null) {
            return new SourcePos(file, lineOffset + 1, 1);
        }
        return new SourcePos(file, lineOffset + mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Points at where the reader can fix it: an unclosed bracket or quote, not the end of the text. */
    private static Mark markOf(MarkedYAMLException e) {
        boolean atEnd = String.valueOf(e.getProblem()).contains("stream end") || String.valueOf(e.getProblem()).contains("end of the stream");
        return atEnd && e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        String context = e.getContext();
        String message = "invalid YAML: " + problem;
        if (context != null && !context.isBlank()) {
            message += " (" + context + ")";
        }
        return message.replaceAll("\\s+", " ").trim();
    }

    private static String hintFor(MarkedYAMLException e, String text) {
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("mapping values are not allowed")) {
            return "a value containing ': ' must be put between quotes: " + quoted(e, text).orElse("title: \"Culture: a core component\"");
        }
        if (problem.contains("found character '\\t'")) {
            return "YAML does not allow tabs for indentation; use spaces";
        }
        if (problem.contains("found character '@'") || problem.contains("found character '`'")) {
            return "a value starting with @ or ` must be put between quotes";
        }
        if (problem.contains("stream end") || problem.contains("end of the stream")) {
            return "a value starting with [ { \" or ' must be closed on the same line, or be put between quotes";
        }
        if (problem.contains("tag")) {
            return "YAML tags (!!name) are not allowed in content";
        }
        return "check the indentation and quotes on this line and the one above";
    }

    /** The reader's own line, its value quoted, to paste as written: {@code title: "Subsidiarity: the principle"}. */
    private static Optional<String> quoted(MarkedYAMLException e, String text) {
        if (e.getProblemMark() == null) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        int index = e.getProblemMark().getLine();
        if (index < 0 || index >= lines.length) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\s*(?:- )?[A-Za-z0-9_-]+):\\s+(.+?)\\s*$").matcher(lines[index]);
        if (!m.matches() || m.group(2).startsWith("\"") || m.group(2).startsWith("'") || m.group(2).contains(" #")) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).strip() + ": \"" + m.group(2).replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    private static String limitMessage(String raw) {
        String text = raw == null ? "" : raw;
        if (text.contains("aliases")) {
            return "this YAML uses too many aliases (*name), which can blow up when expanded";
        }
        if (text.contains("Nesting Depth")) {
            return "this YAML is nested too deeply";
        }
        if (text.contains("code points")) {
            return "this YAML is too large";
        }
        return "invalid YAML: " + text.replaceAll("\\s+", " ").trim();
    }

    /** Copies SnakeYAML's node graph into our records, checking keys and a node budget on the way. */
    private static final class Converter {
        private final String file;
        private final int lineOffset;
        private final YamlLimits limits;
        private final Problems problems;
        private int nodes;
        private boolean failed;
        private boolean overLimit;

        Converter(String file, int lineOffset, YamlLimits limits, Problems problems) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.limits = limits;
            this.problems = problems;
        }

        YNode convert(Node node, int depth) {
            SourcePos pos = position(file, lineOffset, node.getStartMark());
            if (overLimit) {
                return new YScalar("", YScalar.Kind.NULL, pos);
            }
            if (++nodes > limits.maxNodes() || depth > limits.maxDepth()) {
                // Said once: every further value would repeat it (an alias bomb has hundreds of thousands).
                overLimit = true;
                fail(pos, "this YAML expands to too many values (aliases or nesting)",
                        "simplify the YAML: fewer aliases (*name) and less nesting");
                return new YScalar("", YScalar.Kind.NULL, pos);
            }
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar, pos);
            }
            if (node instanceof SequenceNode sequence) {
                List<YNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    if (overLimit) {
                        break;
                    }
                    items.add(convert(item, depth + 1));
                }
                return new YList(items, pos);
            }
            return mapping((MappingNode) node, pos, depth);
        }

        private YNode scalar(ScalarNode scalar, SourcePos pos) {
            Tag tag = scalar.getTag();
            YScalar.Kind kind;
            if (Tag.STR.equals(tag)) {
                kind = YScalar.Kind.STRING;
            } else if (Tag.INT.equals(tag)) {
                kind = YScalar.Kind.INTEGER;
            } else if (Tag.FLOAT.equals(tag)) {
                kind = YScalar.Kind.FLOAT;
            } else if (Tag.BOOL.equals(tag)) {
                kind = YScalar.Kind.BOOLEAN;
            } else if (Tag.NULL.equals(tag)) {
                kind = YScalar.Kind.NULL;
            } else if (Tag.TIMESTAMP.equals(tag)) {
                kind = YScalar.Kind.TIMESTAMP;
            } else {
                fail(pos, "YAML tag '" + tag.getValue() + "' is not allowed", "remove the tag (the word starting with !)");
                kind = YScalar.Kind.STRING;
            }
            return new YScalar(scalar.getValue(), kind, pos);
        }

        private YNode mapping(MappingNode mapping, SourcePos pos, int depth) {
            List<YMap.Entry> entries = new ArrayList<>();
            Map<String, SourcePos> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (overLimit) {
                    break;
                }
                Node keyNode = tuple.getKeyNode();
                SourcePos keyPos = position(file, lineOffset, keyNode.getStartMark());
                if (!(keyNode instanceof ScalarNode keyScalar) || Tag.MERGE.equals(keyNode.getTag())) {
                    fail(keyPos, "a field name must be plain text", "write the field as name: value");
                    continue;
                }
                String key = keyScalar.getValue();
                SourcePos first = seen.putIfAbsent(key, keyPos);
                if (first != null) {
                    fail(keyPos, "duplicate field '" + key + "' (first set at line " + first.line() + ")",
                            "keep only one '" + key + ":' line");
                    continue;
                }
                entries.add(new YMap.Entry(key, keyPos, convert(tuple.getValueNode(), depth + 1)));
            }
            return new YMap(entries, pos);
        }

        private void fail(SourcePos pos, String message, String hint) {
            failed = true;
            problems.error(pos, message, hint);
        }
    }
}
