package vn.officialmail.indexer.index;

import java.util.Objects;

/**
 * An attachment as the index sees it: its name, its type, the text extracted from it and how the
 * extraction ended.
 *
 * @param fileName the file name as sent; may be empty
 * @param mediaType the detected media type, for example {@code application/pdf}; may be empty
 * @param text the extracted text; empty when nothing could be extracted
 * @param outcome the extraction outcome in lower case ({@code ok}, {@code truncated}, {@code
 *     encrypted}, {@code ocr_unavailable}, {@code failed}); empty when unknown
 */
public record IndexedAttachment(String fileName, String mediaType, String text, String outcome) {

    /** Checks that every component is present. */
    public IndexedAttachment {
        Objects.requireNonNull(fileName, "fileName must not be null (use \"\")");
        Objects.requireNonNull(mediaType, "mediaType must not be null (use \"\")");
        Objects.requireNonNull(text, "text must not be null (use \"\")");
        Objects.requireNonNull(outcome, "outcome must not be null (use \"\")");
    }

    /** An attachment whose extraction outcome is not known. */
    public IndexedAttachment(String fileName, String mediaType, String text) {
        this(fileName, mediaType, text, "");
    }
}
