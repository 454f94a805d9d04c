package vn.officialmail.indexer.extract;

import java.util.Objects;

/**
 * The text of one attachment, or why there is none.
 *
 * @param text the extracted text in NFC; empty for {@link Outcome#ENCRYPTED} and {@link
 *     Outcome#FAILED}
 * @param mediaType the detected media type without parameters, for example {@code application/pdf};
 *     {@code application/octet-stream} when nothing better is known
 * @param outcome how the extraction ended
 * @param reason why it was not {@link Outcome#OK}, for logs and operators; empty when OK
 * @param sha256 the SHA-256 of the content, lower-case hex, whatever the outcome
 */
public record ExtractedPart(String text, String mediaType, Outcome outcome, String reason, String sha256) {

    /** Checks that every component is present. */
    public ExtractedPart {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(mediaType, "mediaType must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
    }

    /** How an extraction ended. */
    public enum Outcome {
        /** All the text was extracted. */
        OK,
        /** The text was longer than {@link ExtractionLimits#maxTextChars()} and was cut there. */
        TRUNCATED,
        /** The document is password-protected (PDF, Office); there is no text. */
        ENCRYPTED,
        /** The content was too large, malformed or not parseable; {@code reason} says which. */
        FAILED
    }
}
