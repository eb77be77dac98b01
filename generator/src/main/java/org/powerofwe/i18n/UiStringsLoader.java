package org.powerofwe.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.content.TextDecoder;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.yaml.YList;
import org.powerofwe.yaml.YMap;
import org.powerofwe.yaml.YNode;
import org.powerofwe.yaml.YScalar;
import org.powerofwe.yaml.YamlLimits;
import org.powerofwe.yaml.YamlReader;

/**
 * Loads {@code themes/<theme>/i18n/<lang>.yml} for every language and checks that each language
 * defines the same keys: a key missing in one language is an error naming the key and language.
 */
public final class UiStringsLoader {

    private final ProjectLayout layout;
    private final Problems problems;

    public UiStringsLoader(ProjectLayout layout, Problems problems) {
        this.layout = layout;
        this.problems = problems;
    }

    public Map<String, UiStrings> load(String theme, List<String> languages, String defaultLanguage) {
        Map<String, Map<String, Located>> perLanguage = new LinkedHashMap<>();
        for (String lang : languages) {
            read(layout.themeDir(theme).resolve("i18n").resolve(lang + ".yml"), lang).ifPresent(m -> perLanguage.put(lang, m));
        }
        checkKeys(theme, perLanguage, defaultLanguage);
        Map<String, UiStrings> result = new LinkedHashMap<>();
        perLanguage.forEach((lang, strings) -> {
            Map<String, String> plain = new TreeMap<>();
            strings.forEach((k, v) -> plain.put(k, v.text()));
            result.put(lang, new UiStrings(lang, plain));
        });
        return result;
    }

    private Optional<Map<String, Located>> read(Path file, String lang) {
        String shown = layout.display(file);
        if (!Files.isRegularFile(file)) {
            problems.error(SourcePos.file(shown), "the theme has no interface texts for language '" + lang + "'",
                    "create " + shown + " by copying the default language's file and translating its values");
            return Optional.empty();
        }
        try {
            return TextDecoder.decode(Files.readAllBytes(file), shown, problems)
                    .flatMap(text -> YamlReader.read(text, shown, 0, YamlLimits.DATA, problems))
                    .map(root -> flatten(root, shown));
        } catch (IOException e) {
            problems.error(SourcePos.file(shown), "cannot read this file: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Map<String, Located> flatten(YNode root, String shown) {
        Map<String, Located> flat = new TreeMap<>();
        if (!(root instanceof YMap map)) {
            problems.error(root.pos(), "interface texts must be 'key: text' lines", "for example: skipLink: Skip to content");
            return flat;
        }
        flatten(map, "", flat);
        return flat;
    }

    private void flatten(YMap map, String prefix, Map<String, Located> into) {
        for (YMap.Entry entry : map.entries()) {
            String key = prefix + entry.key();
            YNode value = entry.value();
            if (value instanceof YMap nested) {
                flatten(nested, key + ".", into);
            } else if (value instanceof YScalar s && s.kind() != YScalar.Kind.NULL) {
                into.put(key, new Located(s.text(), entry.keyPos()));
            } else if (value instanceof YList) {
                problems.error(value.pos(), "interface text '" + key + "' must be text, not a list", "write it on one line after the key");
            } else {
                problems.error(entry.keyPos(), "interface text '" + key + "' is empty", "write the text after the key");
            }
        }
    }

    private void checkKeys(String theme, Map<String, Map<String, Located>> perLanguage, String defaultLanguage) {
        Map<String, Located> reference = perLanguage.get(defaultLanguage);
        if (reference == null) {
            return;
        }
        perLanguage.forEach((lang, strings) -> {
            if (lang.equals(defaultLanguage)) {
                return;
            }
            String shown = "themes/" + theme + "/i18n/" + lang + ".yml";
            reference.forEach((key, located) -> {
                if (!strings.containsKey(key)) {
                    problems.error(SourcePos.file(shown), "UI string '" + key + "' is missing in language '" + lang + "'",
                            "add " + key + " (see " + located.pos() + ") to " + shown);
                }
            });
            strings.forEach((key, located) -> {
                if (!reference.containsKey(key)) {
                    problems.error(located.pos(), "UI string '" + key + "' exists in '" + lang + "' but not in the default language '" + defaultLanguage + "'",
                            "add it to themes/" + theme + "/i18n/" + defaultLanguage + ".yml, or remove it here");
                }
            });
        });
    }

    private record Located(String text, SourcePos pos) {
    }
}
