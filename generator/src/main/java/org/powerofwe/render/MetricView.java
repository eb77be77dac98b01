package org.powerofwe.render;

/**
 * A figure as templates see it, formatted for the page's language.
 *
 * @param value  the number alone (3,280)
 * @param phrase the number with its qualifier (more than 3,280)
 */
public record MetricView(String id, String label, String value, String phrase, String unit, String qualifier, String period, PageView chapter) {
}
