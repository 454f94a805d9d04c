package vn.officialmail.config.directory;

/** A directory file that cannot be read at all (no header, unknown columns, broken LDIF). */
public final class DirectoryFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient DirectoryProblem problem;

    public DirectoryFormatException(DirectoryProblem problem) {
        super(problem.english());
        this.problem = problem;
    }

    public DirectoryProblem problem() {
        return problem;
    }
}
