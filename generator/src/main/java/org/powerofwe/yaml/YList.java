package org.powerofwe.yaml;

import java.util.List;
import org.powerofwe.diag.SourcePos;

/** A YAML sequence. */
public record YList(List<YNode> items, SourcePos pos) implements YNode {

    public YList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
