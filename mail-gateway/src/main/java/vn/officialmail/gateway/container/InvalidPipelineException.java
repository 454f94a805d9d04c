package vn.officialmail.gateway.container;

/**
 * The configured pipeline cannot run: a processor is missing, a mailet or matcher is unknown, or one
 * rejected its parameters. Thrown at startup, so the gateway never accepts mail it cannot process.
 */
public final class InvalidPipelineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidPipelineException(String message) {
        super(message);
    }

    public InvalidPipelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
