package com.localizevideos.headroom.common;

import java.util.List;

/** Thrown by services to answer with a problem: status, title, detail and located problems. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    /** A problem of a Headroom type; see {@link Problem#of}. */
    public ProblemException(String slug, String title, int status, String detail, List<LocatedProblem> problems) {
        this(Problem.of(slug, title, status, detail, problems));
    }

    public Problem problem() {
        return problem;
    }
}
