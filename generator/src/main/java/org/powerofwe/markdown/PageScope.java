package org.powerofwe.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.model.Page;

/**
 * What rendering one page's Markdown needs and produces, attached to the parsed document so the
 * flexmark resolvers and renderers (built once, shared by all threads) can reach it.
 */
final class PageScope {

    static final NullableDataKey<PageScope> KEY = new NullableDataKey<>("POWER_OF_WE_PAGE_SCOPE", (PageScope) null, doc -> null);

    final Page page;
    final MarkdownEnvironment env;
    final Problems problems;
    final LineIndex lines;
    final Map<Node, String> headingIds = new IdentityHashMap<>();
    final Map<Node, String> linkLanguages = new IdentityHashMap<>();
    final List<String> figureBlocks = new ArrayList<>();
    /** Random per page, so that text (a character reference such as {@code &#xE000;}) cannot forge a chart's slot. */
    private final String slotKey = Long.toHexString(ThreadLocalRandom.current().nextLong());
    final List<LinkFact> links = Collections.synchronizedList(new ArrayList<>());

    PageScope(Page page, MarkdownEnvironment env, Problems problems) {
        this.page = page;
        this.env = env;
        this.problems = problems;
        this.lines = new LineIndex(page.body(), page.file(), page.bodyLine());
    }

    static PageScope of(Document document) {
        return KEY.get(document);
    }

    SourcePos at(Node node) {
        return lines.at(node.getStartOffset());
    }

    /** The placeholder the chart {@code figureBlocks[index]} replaces once the HTML is sanitised. */
    String slot(int index) {
        return ShortcodeRenderer.SLOT_START + slotKey + ":" + index + ShortcodeRenderer.SLOT_END;
    }
}
