package vn.officialmail.indexer.extract;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a document says about itself, as far as its format records it (PDF info dictionary, Office
 * core properties, message headers).
 *
 * @param title the title in NFC, empty when none
 * @param author the author or sender in NFC, empty when none
 * @param created when it was created, null when unknown
 * @param modified when it was last modified, null when unknown
 * @param pageCount its number of pages, 0 when the format has no pages or does not say
 */
public record DocumentProperties(
        String title, String author, @Nullable Instant created, @Nullable Instant modified, int pageCount) {

    /** No properties at all. */
    public static final DocumentProperties NONE = new DocumentProperties("", "", null, null, 0);

    /** Checks that the strings are present and the page count is not negative. */
    public DocumentProperties {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(author, "author must not be null");
        if (pageCount < 0) {
            throw new IllegalArgumentException("pageCount must be >= 0: " + pageCount);
        }
    }
}
