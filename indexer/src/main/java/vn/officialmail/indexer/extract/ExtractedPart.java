package vn.officialmail.indexer.extract;

import java.util.Objects;

/**
 * The text of one part of an attachment (the attachment itself, or an entry of an archive, a
 * message inside a message, a file inside a document), or why there is none.
 *
 * @param path where the part is: the attachment's file name, then one {@code /name} per level, for
 *     example {@code ho-so.zip/giay-moi.docx}; names decoded from RFC 2047 and RFC 2231 and in NFC
 * @param depth 0 for the attachment, 1 for its entries, and so on
 * @param text the extracted text in NFC; empty for {@link Outcome#ENCRYPTED}, may be partial for
 *     {@link Outcome#FAILED} (what was read before the failure is kept)
 * @param mediaType the detected media type without parameters, for example {@code application/pdf};
 *     {@code application/octet-stream} when nothing better is known
 * @param language the ISO 639-1 code of the text's language ({@code vi}, {@code en}), empty when
 *     unknown
 * @param properties title, author, dates and page count, as far as the format records them
 * @param outcome how the extraction ended
 * @param reason why it was not {@link Outcome#OK}, for logs and operators; empty when OK
 * @param sha256 the SHA-256 of the part's bytes, lower-case hex, whatever the outcome; empty when the
 *     bytes were never seen whole (a part the parser does not hand out separately)
 */
public record ExtractedPart(
        String path,
        int depth,
        String text,
        String mediaType,
        String language,
        DocumentProperties properties,
        Outcome outcome,
        String reason,
        String sha256) {

    /** Checks that every component is present. */
    public ExtractedPart {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(mediaType, "mediaType must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(properties, "properties must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be >= 0: " + depth);
        }
    }

    /** How an extraction ended. */
    public enum Outcome {
        /** All the text was extracted. */
        OK,
        /** The text was longer than {@link ExtractionLimits#maxTextChars()} and was cut there. */
        TRUNCATED,
        /** The document is password-protected (PDF, Office, ZIP); there is no text. */
        ENCRYPTED,
        /**
         * The part is an image or a scanned page, and OCR could not run (Tesseract or its Vietnamese
         * language pack is missing); {@code reason} says which.
         */
        OCR_UNAVAILABLE,
        /**
         * The content was too large, too deep, expanded too much, timed out, crashed the parser or
         * was not parseable; {@code reason} says which.
         */
        FAILED
    }
}
