package vn.officialmail.config.catalogue;

import java.util.List;

/**
 * The catalogue (default or agency override) is malformed or inconsistent. The message lists every
 * problem found, each naming the key, the bad value and what is allowed.
 */
public final class InvalidCatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidCatalogueException(String source, List<String> problems) {
        super("invalid document-type catalogue " + source + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidCatalogueException(String source, String problem, Throwable cause) {
        super("invalid document-type catalogue " + source + ": " + problem, cause);
        this.problems = List.of(problem);
    }

    /** Each problem, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}
