package org.powerofwe.i18n;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The theme's interface texts in one language ("Skip to content", "Previous chapter", ...),
 * with {@code {0}}-style placeholders.
 */
public final class UiStrings {

    private final String lang;
    private final Map<String, String> strings;

    public UiStrings(String lang, Map<String, String> strings) {
        this.lang = lang;
        this.strings = Map.copyOf(strings);
    }

    public String lang() {
        return lang;
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(strings.get(key));
    }

    /** The text for {@code key} with its placeholders filled; fails loudly when the key is missing. */
    public String get(String key, List<String> arguments) {
        String text = strings.get(key);
        if (text == null) {
            throw new MissingUiString(key, lang);
        }
        if (arguments.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(text.substring(i + 1, close));
                out.append(index < arguments.size() ? arguments.get(index) : text.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public String get(String key) {
        return get(key, List.of());
    }

    public Map<String, String> all() {
        return strings;
    }

    /** Thrown when a template asks for a string the theme does not define. */
    public static final class MissingUiString extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MissingUiString(String key, String lang) {
            super("UI string '" + key + "' is not defined for language '" + lang + "'");
        }
    }
}
