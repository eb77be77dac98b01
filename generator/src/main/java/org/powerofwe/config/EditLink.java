package org.powerofwe.config;

import java.util.regex.Pattern;

/**
 * Where the "Edit this page" link of every page leads: the page's source file in GitHub's web
 * editor, so staff without a laptop set up can correct a page from the browser and propose the
 * change as a pull request. Off unless {@code editLink} is set in {@code site-config.yml}.
 *
 * @param repository {@code owner/name} on GitHub
 * @param branch     the branch pull requests go to
 */
public record EditLink(String repository, String branch) {

    /** GitHub's owner and repository names: letters, digits, '-', '_' and '.'. */
    public static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9-]+/[A-Za-z0-9._-]+");

    /** The web editor's address for a file given relative to the project root ({@code content/pledges/x.en.md}). */
    public String url(String file) {
        return "https://github.com/" + repository + "/edit/" + branch + "/" + file;
    }
}
