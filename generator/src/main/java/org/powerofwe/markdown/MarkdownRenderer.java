package org.powerofwe.markdown;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.powerofwe.diag.Problems;
import org.powerofwe.markdown.commonmark.GfmStrikethrough;
import org.powerofwe.markdown.commonmark.SpecConformance;
import org.powerofwe.model.Page;

/**
 * Renders page bodies. The flexmark parser and renderer are configured once and shared by all
 * threads; everything specific to a page travels in its document's {@link PageScope}.
 */
public final class MarkdownRenderer {

    private static final int EXCERPT_LENGTH = 220;

    /**
     * The optional syntaxes, each with the text without which a body cannot contain it. A body is
     * parsed with the extensions it may need only: the others would find nothing, and the autolink
     * one alone took a fifth of all parsing time, scanning every sentence for addresses.
     */
    private enum Syntax {
        TABLES("|"),
        STRIKETHROUGH("~"),
        FOOTNOTES("[^"),
        // A task list item's box: [ ], [x] or [X] (any white space between the brackets).
        TASKLISTS("[ ]", "[x]", "[X]", "[\t]"),
        // flexmark looks for bare addresses after decoding entities and backslash escapes, so a
        // body with either may hide one (info&#64;uclg.org, www\.uclg.org).
        AUTOLINKS("://", "www.", "@", "&", "\\");

        private final List<String> triggers;

        Syntax(String... triggers) {
            this.triggers = List.of(triggers);
        }

        boolean mayOccurIn(String body) {
            for (String trigger : triggers) {
                if (body.contains(trigger)) {
                    return true;
                }
            }
            return false;
        }

        Extension extension() {
            return switch (this) {
                case TABLES -> TablesExtension.create();
                case STRIKETHROUGH -> GfmStrikethrough.create();
                case FOOTNOTES -> FootnoteExtension.create();
                case TASKLISTS -> TaskListExtension.create();
                case AUTOLINKS -> AutolinkExtension.create();
            };
        }
    }

    /** Parsers by the set of optional syntaxes they read (a bit per {@link Syntax}), built on first use. */
    private final Map<Integer, Parser> parsers = new ConcurrentHashMap<>();
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer;
    private final RenderBudget budget;

    public MarkdownRenderer(Map<String, Set<String>> extraHtml) {
        this(extraHtml, RenderBudget.DEFAULT);
    }

    /** A renderer that reports a page whose Markdown takes longer than {@code budget} to render. */
    public MarkdownRenderer(Map<String, Set<String>> extraHtml, Duration budget) {
        this.renderer = HtmlRenderer.builder(options(EnumSet.allOf(Syntax.class))).build();
        this.sanitizer = new HtmlSanitizer(extraHtml);
        this.budget = new RenderBudget(budget);
    }

    private static MutableDataSet options(Set<Syntax> syntaxes) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>();
        syntaxes.forEach(syntax -> extensions.add(syntax.extension()));
        extensions.add(SpecConformance.create());
        extensions.add(new SiteMarkdownExtension());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Addresses written with spaces or accents become valid URLs, as browsers and the spec expect.
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        // Our link resolver removes unsafe schemes whatever their case, and says so; flexmark's own
        // suppression is case-sensitive and silent, so it is turned off.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)");
        options.set(TablesExtension.CLASS_NAME, "table");
        // Tables as GitHub reads them: one dash is a separator, the delimiter row must match the
        // header, a short row is filled and extra cells are dropped, no column spans.
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        // Task lists: a disabled box (readers cannot tick it), as GitHub renders one.
        options.set(TaskListExtension.ITEM_DONE_MARKER, "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> ");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<input type=\"checkbox\" disabled=\"\" /> ");
        options.set(TaskListExtension.TIGHT_ITEM_CLASS, "task-list-item");
        options.set(TaskListExtension.LOOSE_ITEM_CLASS, "task-list-item");
        options.set(TaskListExtension.PARAGRAPH_CLASS, "");
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        return options;
    }

    /** The parser for {@code body}: with every optional syntax the body may contain, without the others. */
    Parser parserFor(String body) {
        int mask = 0;
        for (Syntax syntax : Syntax.values()) {
            if (syntax.mayOccurIn(body)) {
                mask |= 1 << syntax.ordinal();
            }
        }
        return parsers.computeIfAbsent(mask, m -> {
            Set<Syntax> syntaxes = EnumSet.noneOf(Syntax.class);
            for (Syntax syntax : Syntax.values()) {
                if ((m & (1 << syntax.ordinal())) != 0) {
                    syntaxes.add(syntax);
                }
            }
            return Parser.builder(options(syntaxes)).build();
        });
    }

    /** The parser with every optional syntax, whatever the body (to compare with {@link #parserFor}). */
    Parser fullParser() {
        return parsers.computeIfAbsent((1 << Syntax.values().length) - 1, m -> Parser.builder(options(EnumSet.allOf(Syntax.class))).build());
    }

    /** Renders one page's body; problems (broken links, unknown figures) go to {@code problems}. */
    public RenderedMarkdown render(Page page, MarkdownEnvironment env, Problems problems) {
        return budget.run(page, problems, found -> renderNow(page, env, found));
    }

    /**
     * Renders on the calling thread, with no time budget: to measure the work a body takes, as
     * the render-time test does, without the budget's thread in between.
     */
    RenderedMarkdown renderOnThisThread(Page page, MarkdownEnvironment env, Problems problems) {
        return renderNow(page, env, problems);
    }

    private RenderedMarkdown renderNow(Page page, MarkdownEnvironment env, Problems problems) {
        String body = page.body().replace(ShortcodeRenderer.SLOT_START, ' ').replace(ShortcodeRenderer.SLOT_END, ' ');
        int tooDeep = NestingLimit.firstTooDeepLine(body);
        if (tooDeep >= 0) {
            problems.error(new LineIndex(body, page.file(), page.bodyLine()).at(tooDeep), NestingLimit.tooDeep(), NestingLimit.hint());
            body = body.substring(0, tooDeep);
        }
        Document document = parserFor(body).parse(body);
        PageScope scope = new PageScope(page.body().equals(body) ? page : page.withBody(body), env, problems);
        document.set(PageScope.KEY, scope);
        NestingLimit.flattenTooDeep(document, scope);
        promoteBlockShortcodes(document);
        ImageFigure.promote(document);
        List<TocEntry> toc = assignHeadingIds(document, scope);
        inspectProse(document, scope);
        RawHtmlGuard.inspect(document, scope);
        String html = renderer.render(document);
        if (containsRawHtml(document)) {
            html = sanitizer.clean(html);
        }
        html = fillFigureSlots(html, scope);
        String text = PlainText.of(document);
        List<String> anchors = toc.stream().map(TocEntry::id).toList();
        List<HeadingFact> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(new HeadingFact(scope.at(heading), heading.getLevel()));
            }
        }
        return new RenderedMarkdown(html, toc, text, excerpt(document), anchors, List.copyOf(scope.links), headings);
    }

    /** A paragraph holding only a shortcode becomes a block, so a chart is not wrapped in {@code <p>}. */
    private static void promoteBlockShortcodes(Document document) {
        List<Paragraph> candidates = new ArrayList<>();
        collect(document, Paragraph.class, candidates);
        for (Paragraph paragraph : candidates) {
            Shortcode only = null;
            boolean alone = true;
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Shortcode s && only == null) {
                    only = s;
                } else if (!(child instanceof SoftLineBreak) && !(child instanceof Text t && t.getChars().isBlank())) {
                    alone = false;
                }
            }
            if (alone && only != null && only.name().equals("figures")) {
                only.unlink();
                paragraph.insertBefore(new ShortcodeBlock(only, paragraph.getChars()));
                paragraph.unlink();
            }
        }
    }

    private static List<TocEntry> assignHeadingIds(Document document, PageScope scope) {
        List<Heading> headings = new ArrayList<>();
        collect(document, Heading.class, headings);
        HeadingIds ids = new HeadingIds();
        List<TocEntry> toc = new ArrayList<>();
        for (Heading heading : headings) {
            String text = PlainText.of(heading).strip();
            String id = ids.next(text);
            scope.headingIds.put(heading, id);
            toc.add(new TocEntry(heading.getLevel(), text, id));
        }
        return toc;
    }

    /** Hands each run of prose to the environment's checks, skipping code. */
    private static void inspectProse(Document document, PageScope scope) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Text text && node.getAncestorOfType(Code.class, FencedCodeBlock.class, IndentedCodeBlock.class) == null) {
                int start = text.getStartOffset();
                scope.env.inspectText(scope.page, text.getChars(), i -> scope.lines.at(start + i), scope.problems);
            }
        }
    }

    private static boolean containsRawHtml(Node root) {
        for (Node node : root.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                return true;
            }
        }
        return false;
    }

    /** Puts each chart in its slot; text that only looks like a slot is left as it is. */
    private static String fillFigureSlots(String html, PageScope scope) {
        String filled = html;
        for (int i = 0; i < scope.figureBlocks.size(); i++) {
            filled = filled.replace(scope.slot(i), scope.figureBlocks.get(i));
        }
        return filled;
    }

    private static String excerpt(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph) {
                String text = paragraphText(document, paragraph).replaceAll("\\s+", " ").strip();
                if (text.length() <= EXCERPT_LENGTH) {
                    return text;
                }
                int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
                return text.substring(0, cut > 0 ? cut : EXCERPT_LENGTH) + "…";
            }
        }
        return "";
    }

    /** A paragraph as plain text, with the figures it cites written as in the page. */
    private static String paragraphText(Document document, Paragraph paragraph) {
        PageScope scope = PageScope.of(document);
        StringBuilder text = new StringBuilder();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Shortcode shortcode) {
                text.append(scope == null ? "" : ShortcodeRenderer.plainText(scope, shortcode));
            } else {
                text.append(PlainText.of(child));
            }
        }
        return text.toString();
    }

    private static <T extends Node> void collect(Node root, Class<T> type, List<T> into) {
        for (Node node : root.getDescendants()) {
            if (type.isInstance(node)) {
                into.add(type.cast(node));
            }
        }
    }
}
