package vn.officialmail.gateway.message;

import java.util.Optional;

/**
 * An attachment of a recorded message; its bytes are in the blob store under {@code sha256}.
 *
 * @param ordinal its position in the MIME tree walk
 * @param fileName the decoded file name, if it had one
 * @param mediaType the declared media type
 * @param sizeBytes its decoded size
 * @param sha256 its blob name
 * @param extraction the text extraction outcome (ok, truncated, encrypted, failed)
 */
public record StoredAttachment(
        int ordinal, Optional<String> fileName, String mediaType, long sizeBytes, String sha256, String extraction) {}
