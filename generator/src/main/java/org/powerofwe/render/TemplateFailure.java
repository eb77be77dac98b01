package org.powerofwe.render;

import org.powerofwe.diag.Problem;

/** Carries a template error as a problem at the template's file and line. */
public final class TemplateFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public TemplateFailure(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
