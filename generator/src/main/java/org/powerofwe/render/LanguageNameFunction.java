package org.powerofwe.render;

import java.util.List;
import java.util.Locale;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateScalarModel;

/**
 * The template function {@code languageName("en")}: a language's name as readers of the page's
 * language call it inside a sentence ("anglais" on a French page, "inglés" on a Spanish one).
 * Language switchers use each language's own name instead.
 */
final class LanguageNameFunction implements TemplateMethodModelEx {

    private final Locale pageLocale;

    LanguageNameFunction(Locale pageLocale) {
        this.pageLocale = pageLocale;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel code)) {
            throw new TemplateModelException("languageName() takes one language code, e.g. languageName(\"en\")");
        }
        Locale language = Locale.forLanguageTag(code.getAsString());
        String name = language.getDisplayLanguage(pageLocale);
        return name.isEmpty() ? code.getAsString() : name;
    }
}
