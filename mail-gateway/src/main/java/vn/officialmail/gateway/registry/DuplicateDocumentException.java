package vn.officialmail.gateway.registry;

import java.util.Optional;

/** A document entered by hand is already in the register under its number, symbol and issuer. */
public final class DuplicateDocumentException extends RuntimeException {

    private final transient RegisterEntry first;

    DuplicateDocumentException(RegisterEntry first) {
        super(
                first == null
                        ? "the same document is entered twice in one request"
                        : "the document is already registered as " + first.display());
        this.first = first;
    }

    /** The entry it duplicates (empty when both copies came in one request). */
    public Optional<RegisterEntry> first() {
        return Optional.ofNullable(first);
    }
}
