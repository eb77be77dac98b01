package org.powerofwe.content;

import java.util.List;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.model.Page;
import org.powerofwe.model.TypeFields;

/**
 * The texts {@code site new} writes for staff to replace. A draft may keep them; a page that is
 * published (no {@code draft: true}) may not, so an unfinished page never reaches readers with
 * "Write the text of the page here" as its text.
 */
public final class Placeholders {

    public static final String SUMMARY = "One or two sentences shown in lists, search results and previews.";
    public static final String VISION = "The axis's vision, in one or two sentences.";
    public static final String BODY = "Write the text of the page here, in Markdown. Start sections with ## headings.";

    /** How every placeholder problem starts. */
    static final String PUBLISHED = "the page is published (it has no 'draft: true')";

    private Placeholders() {
    }

    /** Reports each placeholder text left in a page that is not a draft. */
    public static void check(Page page, Problems problems) {
        if (page.draft()) {
            return;
        }
        if (page.summary().equals(SUMMARY)) {
            report(page.posOf("summary"), "summary", problems);
        }
        if (page.fieldsAs(TypeFields.Axis.class).map(a -> a.vision().equals(VISION)).orElse(false)) {
            report(page.posOf("vision"), "vision", problems);
        }
        // One search of the text: only a page that still holds the placeholder is cut into lines to say where.
        if (holdsBody(page.body())) {
            reportBody(page, problems);
        }
    }

    /** How far {@link #holdsBody} moves on after a character of the text, by character (those of the placeholder are ASCII). */
    private static final int[] SHIFTS = new int[128];

    static {
        java.util.Arrays.fill(SHIFTS, BODY.length());
        for (int i = 0; i < BODY.length() - 1; i++) {
            SHIFTS[BODY.charAt(i)] = BODY.length() - 1 - i;
        }
    }

    /**
     * Whether {@code text} holds the body placeholder. Every page is searched at every build, and
     * under C1 {@code String.contains} compared every character of the text: this search looks at
     * the character under the placeholder's end and, when it cannot be there, moves the length of
     * the placeholder at once (Boyer-Moore-Horspool), about one character in seventy.
     */
    static boolean holdsBody(String text) {
        int last = BODY.length() - 1;
        for (int at = last; at < text.length();) {
            char c = text.charAt(at);
            if (c == BODY.charAt(last) && text.startsWith(BODY, at - last)) {
                return true;
            }
            at += c < SHIFTS.length ? SHIFTS[c] : BODY.length();
        }
        return false;
    }

    private static void reportBody(Page page, Problems problems) {
        List<String> lines = page.body().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(BODY);
            if (column >= 0) {
                problems.error(new SourcePos(page.file(), page.bodyLine() + i, column + 1),
                        PUBLISHED + " but still has the text that ./site new wrote for you",
                        "replace this line with the page's text, or put back 'draft: true' until it is ready");
            }
        }
    }

    private static void report(SourcePos pos, String field, Problems problems) {
        problems.error(pos, PUBLISHED + " but its " + field + " is still the example that ./site new wrote",
                "write the page's own " + field + ", or put back 'draft: true' until it is ready");
    }
}
