/**
 * Finds and reads the files of {@code content/}: decodes text strictly (UTF-8, BOM and CRLF
 * accepted), splits front matter from the body, and decodes pages and figures into the typed
 * records of {@link org.powerofwe.model}. Reads only inside {@code content/}; writes nothing.
 */
package org.powerofwe.content;
