package vn.officialmail.indexer.index;

import java.util.Objects;

/**
 * An attachment as the index sees it: its name, its type and the text extracted from it.
 *
 * @param fileName the file name as sent; may be empty
 * @param mediaType the detected media type, for example {@code application/pdf}; may be empty
 * @param text the extracted text; empty when nothing could be extracted
 */
public record IndexedAttachment(String fileName, String mediaType, String text) {

    /** Checks that every component is present. */
    public IndexedAttachment {
        Objects.requireNonNull(fileName, "fileName must not be null (use \"\")");
        Objects.requireNonNull(mediaType, "mediaType must not be null (use \"\")");
        Objects.requireNonNull(text, "text must not be null (use \"\")");
    }
}
