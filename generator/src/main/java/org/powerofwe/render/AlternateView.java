package org.powerofwe.render;

/** A {@code <link rel="alternate" hreflang>} of a page: {@code hreflang} is a language tag or {@code x-default}. */
public record AlternateView(String hreflang, String url) {
}
