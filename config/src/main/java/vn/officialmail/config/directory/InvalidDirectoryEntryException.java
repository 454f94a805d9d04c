package vn.officialmail.config.directory;

/** A directory entry that breaks a rule; carries the problem in both languages. */
public final class InvalidDirectoryEntryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient DirectoryProblem problem;

    public InvalidDirectoryEntryException(DirectoryProblem problem) {
        super(problem.english());
        this.problem = problem;
    }

    public DirectoryProblem problem() {
        return problem;
    }
}
