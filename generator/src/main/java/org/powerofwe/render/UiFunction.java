package org.powerofwe.render;

import java.util.ArrayList;
import java.util.List;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import org.powerofwe.i18n.LocaleFormat;
import org.powerofwe.i18n.UiStrings;

/**
 * The template function {@code t("key", args...)}: an interface text in the page's language,
 * with numbers among the arguments formatted for that language. A missing key fails the page
 * at the template's line.
 */
final class UiFunction implements TemplateMethodModelEx {

    private final UiStrings strings;
    private final LocaleFormat format;

    UiFunction(UiStrings strings, LocaleFormat format) {
        this.strings = strings;
        this.format = format;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("t() needs the key of an interface text, e.g. t(\"nav.skip\")");
        }
        String key = text(arguments.get(0));
        List<String> values = new ArrayList<>();
        for (Object argument : arguments.subList(1, arguments.size())) {
            values.add(text(argument));
        }
        try {
            return strings.get(key, values);
        } catch (UiStrings.MissingUiString e) {
            throw new TemplateModelException(e.getMessage() + " (add it to the theme's i18n/" + strings.lang() + ".yml)");
        }
    }

    private String text(Object argument) throws TemplateModelException {
        if (argument instanceof TemplateNumberModel number) {
            return format.number(new java.math.BigDecimal(number.getAsNumber().toString()));
        }
        if (argument instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        throw new TemplateModelException("t() arguments must be texts or numbers");
    }
}
