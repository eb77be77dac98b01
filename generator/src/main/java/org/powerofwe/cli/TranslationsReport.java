package org.powerofwe.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.powerofwe.i18n.ParagraphDiff;
import org.powerofwe.publish.Json;
import org.powerofwe.i18n.TranslationMemory;
import org.powerofwe.i18n.TranslationStatus;
import org.powerofwe.i18n.TranslationStatus.Entry;
import org.powerofwe.i18n.TranslationStatus.LanguageStatus;
import org.powerofwe.i18n.TranslationStatus.State;

/** Writes the translation status for people (text), pull requests (Markdown) and tools (JSON). */
final class TranslationsReport {

    private final TranslationStatus status;
    private final TranslationMemory memory;
    private final Map<String, String> currentTexts;

    /**
     * @param currentTexts today's normalised source text per page key, for diffs
     */
    TranslationsReport(TranslationStatus status, TranslationMemory memory, Map<String, String> currentTexts) {
        this.status = status;
        this.memory = memory;
        this.currentTexts = currentTexts;
    }

    String text(boolean withDiffs) {
        StringBuilder out = new StringBuilder();
        int sources = status.languages().isEmpty() ? 0 : status.languages().get(0).entries().size();
        out.append("Translations of the ").append(sources).append(" '").append(status.sourceLanguage()).append("' pages\n");
        for (LanguageStatus language : status.languages()) {
            out.append('\n').append(language.lang()).append("  ").append(language.name()).append(": ")
                    .append(language.current().size()).append(" current, ")
                    .append(language.outdated().size()).append(" outdated, ")
                    .append(language.missing().size()).append(" missing\n");
            section(out, "outdated", language.outdated(), withDiffs);
            section(out, "missing", language.missing(), false);
        }
        return out.toString();
    }

    private void section(StringBuilder out, String title, List<Entry> entries, boolean withDiffs) {
        if (entries.isEmpty()) {
            return;
        }
        out.append("  ").append(title).append(":\n");
        for (Entry entry : entries) {
            out.append(String.format("    %-48s %s%n", entry.key(), reason(entry)));
            if (withDiffs && changedSince(entry)) {
                diff(entry).ifPresentOrElse(changes -> changes.forEach(c -> out.append(describe(c))),
                        () -> out.append("        (the text of revision ").append(entry.recorded().orElse("?"))
                                .append(" is not stored in content/.translation-sources/; compare with the source's history in git)\n"));
            }
        }
    }

    static String reason(Entry entry) {
        return switch (entry.state()) {
            case MISSING -> "create " + entry.file();
            case UNRECORDED -> entry.file() + ": never marked current (run: site translations --mark " + entry.lang() + " " + entry.key() + ")";
            case OUTDATED -> entry.file() + ": " + entry.sourceFile() + " changed (translated from " + entry.recorded().orElse("?") + ", now " + entry.revision() + ")";
            case DRAFT -> entry.file() + ": a draft (remove 'draft: true' when the translation is done)";
            case CURRENT -> entry.file();
        };
    }

    /** Whether the source changed since the revision the translation (outdated, or a draft) records. */
    private static boolean changedSince(Entry entry) {
        return (entry.state() == State.OUTDATED || entry.state() == State.DRAFT) && entry.recorded().filter(r -> !r.equals(entry.revision())).isPresent();
    }

    /** The paragraphs of the source that changed since the revision the translation records. */
    Optional<List<ParagraphDiff.Change>> diff(Entry entry) {
        return entry.recorded().flatMap(memory::recall).map(before -> ParagraphDiff.between(
                paragraphs(before), paragraphs(currentTexts.getOrDefault(entry.key().value(), ""))));
    }

    private static List<String> paragraphs(String normalised) {
        return Arrays.stream(normalised.strip().split("\n\n")).filter(p -> !p.isBlank()).toList();
    }

    private static String describe(ParagraphDiff.Change change) {
        StringBuilder out = new StringBuilder("        ");
        switch (change.kind()) {
            case ADDED -> out.append("+ paragraph ").append(change.index()).append(" added:\n").append(indent("+ ", change.after()));
            case REMOVED -> out.append("- a paragraph was removed before paragraph ").append(change.index()).append(":\n").append(indent("- ", change.before()));
            case CHANGED -> out.append("~ paragraph ").append(change.index()).append(" changed ([-removed-] {+added+}):\n")
                    .append(indent("~ ", ParagraphDiff.words(change.before(), change.after())));
            default -> { }
        }
        return out.toString();
    }

    private static String indent(String mark, String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            out.append("          ").append(mark).append(line).append('\n');
        }
        return out.toString();
    }

    /** A summary for a pull request page (GitHub job summary). */
    String markdown() {
        StringBuilder out = new StringBuilder("## Translations\n\n| language | current | outdated | missing |\n|---|---:|---:|---:|\n");
        for (LanguageStatus language : status.languages()) {
            out.append("| ").append(language.name()).append(" (").append(language.lang()).append(") | ")
                    .append(language.current().size()).append(" | ").append(language.outdated().size()).append(" | ")
                    .append(language.missing().size()).append(" |\n");
        }
        for (LanguageStatus language : status.languages()) {
            List<Entry> todo = new ArrayList<>(language.outdated());
            todo.addAll(language.missing());
            if (!todo.isEmpty()) {
                out.append("\n<details><summary>").append(language.name()).append(": ").append(todo.size()).append(" page(s) to translate</summary>\n\n");
                todo.forEach(e -> out.append("- `").append(e.key()).append("`: ").append(reason(e).replace("|", "\\|")).append('\n'));
                out.append("\n</details>\n");
            }
        }
        return out.toString();
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sourceLanguage", status.sourceLanguage());
        Map<String, Object> languages = new LinkedHashMap<>();
        for (LanguageStatus language : status.languages()) {
            Map<String, Object> entries = new LinkedHashMap<>();
            entries.put("missing", language.missing().stream().map(this::jsonEntry).toList());
            entries.put("outdated", language.outdated().stream().map(this::jsonEntry).toList());
            entries.put("current", language.current().stream().map(this::jsonEntry).toList());
            languages.put(language.lang(), entries);
        }
        root.put("languages", languages);
        return Json.write(root);
    }

    private Map<String, Object> jsonEntry(Entry entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", entry.key().value());
        map.put("file", entry.file());
        map.put("source", entry.sourceFile());
        map.put("state", entry.state().name().toLowerCase(java.util.Locale.ROOT));
        map.put("translatedFrom", entry.recorded().orElse(null));
        map.put("sourceRevision", entry.revision());
        if (changedSince(entry)) {
            diff(entry).ifPresent(changes -> map.put("changes", changes.stream().map(c -> {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                change.put("paragraph", c.index());
                change.put("before", c.before());
                change.put("after", c.after());
                return (Object) change;
            }).toList()));
        }
        return map;
    }
}
