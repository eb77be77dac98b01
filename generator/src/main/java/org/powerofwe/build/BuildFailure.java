package org.powerofwe.build;

import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;

/**
 * Turns an unexpected failure of a build (a bug, a stack or memory exhausted) into a problem
 * staff can read, so the preview shows it in the browser and keeps running instead of dying.
 */
public final class BuildFailure {

    private BuildFailure() {
    }

    /** The problem to show for {@code failure}, placed at {@code file} (the file just saved). */
    public static Problem problem(Throwable failure, String file) {
        SourcePos pos = SourcePos.file(file);
        if (failure instanceof StackOverflowError) {
            return new Problem(pos, Severity.ERROR,
                    "the site could not be built after this change: something in it nests or repeats without end "
                            + "(a template or macro that calls itself, or text nested thousands of levels deep)",
                    "undo the last change and save; ./site build names the file and line when it can");
        }
        if (failure instanceof OutOfMemoryError) {
            return new Problem(pos, Severity.ERROR, "the preview ran out of memory while building the site after this change",
                    "undo the last change and save, or restart the preview with more memory: SITE_JAVA_OPTS='-Xmx2g -Xss4m' ./site serve");
        }
        return new Problem(pos, Severity.ERROR, "the site could not be built after this change: internal error: " + failure,
                "this is a bug in the generator, not in your content; undo the last change to go on, and report it with this message");
    }
}
