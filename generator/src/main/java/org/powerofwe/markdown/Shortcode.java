package org.powerofwe.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A shortcode written in the text, {@code {{< metric retreat-participants >}}}: a name and its
 * arguments. Inside code spans and blocks it stays literal text.
 */
public final class Shortcode extends Node {

    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private final String name;
    private final List<String> arguments;

    public Shortcode(BasedSequence chars, String inner) {
        super(chars);
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(inner);
        while (m.find()) {
            tokens.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        this.name = tokens.isEmpty() ? "" : tokens.get(0);
        this.arguments = tokens.isEmpty() ? List.of() : List.copyOf(tokens.subList(1, tokens.size()));
    }

    public String name() {
        return name;
    }

    public List<String> arguments() {
        return arguments;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
