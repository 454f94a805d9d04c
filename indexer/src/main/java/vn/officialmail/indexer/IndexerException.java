package vn.officialmail.indexer;

/**
 * The indexer module's one exception type: an index or search operation failed for a reason the
 * caller cannot fix by changing its arguments (an I/O error of the index directory, a closed index).
 */
public final class IndexerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with the operation and its context in the message.
     *
     * @param message what failed, on which value
     * @param cause the underlying failure
     */
    public IndexerException(String message, Throwable cause) {
        super(message, cause);
    }
}
