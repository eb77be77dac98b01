/**
 * The preview server: watches the project, rebuilds what a save affects through a
 * {@link org.powerofwe.build.BuildSession}, serves the site from memory on 127.0.0.1 only, and
 * reloads open pages (server-sent events). Never serves or writes files outside its in-memory
 * output; refuses any path that tries to climb out of the site.
 */
package org.powerofwe.server;
