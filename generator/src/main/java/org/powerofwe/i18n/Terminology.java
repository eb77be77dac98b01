package org.powerofwe.i18n;

import java.util.List;
import java.util.Map;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.model.Page;
import org.powerofwe.model.TypeFields;

/** Checks the front matter texts of translated pages (title, summary, vision) against their language's glossary. */
public final class Terminology {

    private Terminology() {
    }

    public static void checkFrontMatter(SiteConfig config, List<Page> pages, Map<String, Glossary> glossaries, Problems problems) {
        for (Page page : pages) {
            Glossary glossary = glossaries.get(page.lang());
            if (glossary == null || page.isFallback()) {
                continue;
            }
            String languageName = config.language(page.lang()).locale().getDisplayLanguage(java.util.Locale.ENGLISH);
            check(glossary, page, "title", page.title(), languageName, problems);
            check(glossary, page, "summary", page.summary(), languageName, problems);
            page.fieldsAs(TypeFields.Axis.class).ifPresent(a -> check(glossary, page, "vision", a.vision(), languageName, problems));
        }
    }

    private static void check(Glossary glossary, Page page, String field, String text, String languageName, Problems problems) {
        if (text.isEmpty()) {
            return;
        }
        SourcePos at = page.posOf(field);
        glossary.check(text, i -> at, languageName, problems);
    }
}
