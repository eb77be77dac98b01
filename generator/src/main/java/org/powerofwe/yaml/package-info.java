/**
 * Reads YAML safely into small positioned trees ({@link org.powerofwe.yaml.YNode}), so that later
 * stages keep each value's type and line for their messages. Only composes nodes (never
 * constructs Java objects from tags), with limits on size, nesting and aliases. Touches no files:
 * callers hand it text.
 */
package org.powerofwe.yaml;
