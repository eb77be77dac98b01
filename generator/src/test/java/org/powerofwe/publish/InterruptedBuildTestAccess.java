package org.powerofwe.publish;

import java.nio.file.Path;

/** Lets tests in other packages compare published sites the way the interruption test does. */
public final class InterruptedBuildTestAccess {

    private InterruptedBuildTestAccess() {
    }

    public static String hashOf(Path output) throws Exception {
        return InterruptedBuildTest.hashOf(output);
    }
}
