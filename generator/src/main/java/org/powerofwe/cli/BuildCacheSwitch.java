package org.powerofwe.cli;

import java.util.Locale;

/** Whether a command uses the build cache: yes, unless {@code --no-cache} or the environment says {@code SITE_CACHE=off}. */
final class BuildCacheSwitch {

    static final String VARIABLE = "SITE_CACHE";

    private BuildCacheSwitch() {
    }

    static boolean enabled(boolean noCacheFlag) {
        return enabled(noCacheFlag, System.getenv(VARIABLE));
    }

    static boolean enabled(boolean noCacheFlag, String variable) {
        if (noCacheFlag || variable == null) {
            return !noCacheFlag;
        }
        return !switch (variable.strip().toLowerCase(Locale.ROOT)) {
            case "off", "0", "false", "no" -> true;
            default -> false;
        };
    }
}
