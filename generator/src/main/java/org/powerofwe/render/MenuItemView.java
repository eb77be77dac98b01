package org.powerofwe.render;

/** An item of the main menu in one language. */
public record MenuItemView(String key, String title, String url) {
}
