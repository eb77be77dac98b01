package org.powerofwe.images;

/**
 * What a page's social card shows: its title in its language, the site's name and organisation
 * line in that language, and the page's axis (which picks the accent colour; empty for none).
 */
public record SocialCard(String title, String siteTitle, String organisation, String axis) {
}
