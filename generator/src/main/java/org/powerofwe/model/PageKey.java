package org.powerofwe.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Identifies a page across languages: its path in {@code content/} without the language and
 * extension, such as {@code pledges/subsidiarity}, {@code report/2021/_index} or {@code _index}
 * (the home). Translations of a page share its key.
 */
public record PageKey(String value) implements Comparable<PageKey> {

    public static final String INDEX = "_index";
    public static final PageKey HOME = new PageKey(INDEX);

    public static PageKey of(String value) {
        return new PageKey(value);
    }

    /*
     * Written out: a record's own equals and hashCode go through a method handle, which the C1
     * compiler of the builds does not inline, and a build looks pages up by key in maps hundreds
     * of thousands of times. Same results: the key's text decides both.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PageKey key && value.equals(key.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The folders of the key, outermost first ({@code [report, 2021]} for a chapter). */
    public List<String> folders() {
        List<String> parts = Arrays.asList(value.split("/"));
        return parts.subList(0, parts.size() - 1);
    }

    /** The last segment: the file name without language and extension. */
    public String name() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? value : value.substring(slash + 1);
    }

    public boolean isIndex() {
        return name().equals(INDEX);
    }

    public boolean isHome() {
        return value.equals(INDEX);
    }

    /** The top-level folder, which decides the content type; empty for the home and root pages. */
    public Optional<String> section() {
        List<String> folders = folders();
        return folders.isEmpty() ? Optional.empty() : Optional.of(folders.get(0));
    }

    /** The key of the folder page that lists this one: {@code pledges/_index} for a pledge. */
    public Optional<PageKey> parent() {
        if (isHome()) {
            return Optional.empty();
        }
        List<String> folders = folders();
        List<String> parentFolders = isIndex() ? folders.subList(0, folders.size() - 1) : folders;
        return Optional.of(parentFolders.isEmpty() ? HOME : new PageKey(String.join("/", parentFolders) + "/" + INDEX));
    }

    @Override
    public int compareTo(PageKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
