package vn.officialmail.gateway.message;

import java.util.List;
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
 * @param parts what extraction found in each of its parts, the attachment itself first; empty for
 *     messages recorded before parts were kept
 */
public record StoredAttachment(
        int ordinal,
        Optional<String> fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String extraction,
        List<Part> parts) {

    public StoredAttachment {
        parts = List.copyOf(parts);
    }

    /**
     * One part of an attachment as text extraction saw it.
     *
     * @param path the attachment's file name, then one {@code /name} per level (archive entries,
     *     nested messages)
     * @param depth 0 for the attachment itself, 1 for its entries, and so on
     * @param mediaType the detected media type
     * @param language ISO 639-1 code of the text's language, if known
     * @param pageCount pages, 0 when the format has none or does not say
     * @param title the document's own title, if any
     * @param author the document's own author, if any
     * @param outcome ok, truncated, encrypted, ocr_unavailable or failed
     * @param reason why, when not ok
     * @param sha256 SHA-256 of the part's bytes, if they were seen whole
     */
    public record Part(
            String path,
            int depth,
            String mediaType,
            Optional<String> language,
            int pageCount,
            Optional<String> title,
            Optional<String> author,
            String outcome,
            Optional<String> reason,
            Optional<String> sha256) {}
}
