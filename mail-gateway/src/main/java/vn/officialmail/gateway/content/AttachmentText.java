package vn.officialmail.gateway.content;

import java.util.List;

/**
 * The text extracted from one attachment.
 *
 * @param text the text, NFC (empty when none could be had)
 * @param mediaType the detected media type
 * @param outcome ok, truncated, encrypted, ocr_unavailable or failed
 * @param reason why, when not ok; also names the archive entries or nested parts that were not ok
 * @param parts what extraction found in each part, the attachment itself first
 */
public record AttachmentText(String text, String mediaType, String outcome, String reason, List<PartFacts> parts) {

    public AttachmentText {
        parts = List.copyOf(parts);
    }

    /**
     * One part of an attachment as extraction saw it.
     *
     * @param path the attachment's file name, then one {@code /name} per level
     * @param depth 0 for the attachment, 1 for its entries, and so on
     * @param mediaType the detected media type
     * @param language ISO 639-1 code of the text's language, empty when unknown
     * @param pageCount pages, 0 when the format has none or does not say
     * @param title the document's own title, empty when none
     * @param author the document's own author, empty when none
     * @param outcome ok, truncated, encrypted, ocr_unavailable or failed
     * @param reason why, when not ok
     * @param sha256 SHA-256 of the part's bytes, empty when never seen whole
     */
    public record PartFacts(
            String path,
            int depth,
            String mediaType,
            String language,
            int pageCount,
            String title,
            String author,
            String outcome,
            String reason,
            String sha256) {}
}
