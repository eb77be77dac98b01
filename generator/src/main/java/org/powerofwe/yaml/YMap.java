package org.powerofwe.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.powerofwe.diag.SourcePos;

/** A YAML mapping whose keys are plain text, in the order they were written. */
public record YMap(List<Entry> entries, SourcePos pos) implements YNode {

    /** One key and its value; the key keeps its own position for "unknown key" messages. */
    public record Entry(String key, SourcePos keyPos, YNode value) {
    }

    public YMap {
        entries = List.copyOf(entries);
    }

    /** The first entry with {@code key}; a loop, since every field of every page is looked up here. */
    public Optional<Entry> entry(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Optional<YNode> get(String key) {
        return entry(key).map(Entry::value);
    }

    public Set<String> keys() {
        Map<String, Boolean> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.key(), Boolean.TRUE));
        return ordered.keySet();
    }

    @Override
    public String describe() {
        return "a set of fields";
    }
}
