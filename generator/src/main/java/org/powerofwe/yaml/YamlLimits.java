package org.powerofwe.yaml;

/**
 * Bounds what one YAML text may cost to read, so a mistaken or hostile file cannot exhaust the
 * machine: characters, nesting depth, aliases to collections, and nodes after alias expansion.
 */
public record YamlLimits(int maxCodePoints, int maxDepth, int maxAliases, int maxNodes) {

    /** Front matter: a page header is a few dozen lines; these bounds are far above that. */
    public static final YamlLimits FRONT_MATTER = new YamlLimits(64 * 1024, 16, 20, 10_000);

    /** Site configuration, UI strings and data files. */
    public static final YamlLimits DATA = new YamlLimits(4 * 1024 * 1024, 32, 50, 500_000);
}
