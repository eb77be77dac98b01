package org.powerofwe.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.powerofwe.content.TextDecoder;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.yaml.Fields;
import org.powerofwe.yaml.Located;
import org.powerofwe.yaml.YMap;
import org.powerofwe.yaml.YamlLimits;
import org.powerofwe.yaml.YamlReader;

/**
 * Reads {@code content/glossary/<lang>.yml}: {@code terms} (source form → this language's form), {@code keep}
 * and {@code avoid} (a form this language's pages must not use → the form to write instead).
 */
public final class GlossaryLoader {

    private GlossaryLoader() {
    }

    public static Optional<Glossary> load(Path file, String display, String lang, Problems problems) {
        try {
            return TextDecoder.decode(Files.readAllBytes(file), display, problems)
                    .flatMap(text -> YamlReader.read(text, display, 0, YamlLimits.DATA, problems))
                    .map(root -> {
                        Fields fields = Fields.of(root, SourcePos.file(display), display, problems);
                        fields.reportUnknown(Set.of("terms", "keep", "avoid"), Severity.WARNING, "a glossary");
                        Map<String, String> terms = new LinkedHashMap<>();
                        fields.mapping("terms").ifPresent(map -> readTerms(map, display, problems, terms));
                        List<String> keep = fields.textList("keep").stream().map(Located::value).toList();
                        Map<String, String> avoid = new LinkedHashMap<>();
                        fields.mapping("avoid").ifPresent(map -> readTerms(map, display, problems, avoid));
                        return new Glossary(lang, terms, keep, avoid);
                    });
        } catch (IOException e) {
            problems.error(SourcePos.file(display), "cannot read this glossary: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void readTerms(YMap map, String display, Problems problems, Map<String, String> into) {
        Fields terms = Fields.of(map, map.pos(), "terms", problems);
        for (YMap.Entry entry : map.entries()) {
            terms.text(entry.key()).ifPresent(target -> {
                if (target.isBlank()) {
                    problems.warning(entry.keyPos(), "glossary term '" + entry.key() + "' has no translation", "write how the term is written in this language");
                } else {
                    into.put(entry.key(), target.strip());
                }
            });
        }
    }
}
