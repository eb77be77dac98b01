package org.powerofwe.config;

import java.util.Optional;
import org.powerofwe.diag.SourcePos;

/**
 * One item of a language's main menu: the page it leads to (by key, such as {@code pact/_index})
 * and an optional shorter title than the page's own.
 */
public record MenuEntry(String pageKey, Optional<String> title, SourcePos pos) {
}
