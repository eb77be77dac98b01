package org.powerofwe.model;

import org.powerofwe.diag.SourcePos;

/** An old URL path (below the site root) that redirects readers to a page. */
public record Alias(String path, Page target, SourcePos pos) {
}
