package vn.officialmail.indexer.search;

import java.util.Objects;

/**
 * One message found by a search.
 *
 * @param messageId the message's id, as given to the index
 * @param score relevance; the same for every hit when the query had no words (a blank or filter-only
 *     query, whose hits are sorted newest first)
 * @param subject the stored subject
 * @param highlight a short fragment of body or attachment text with the matched words in {@code
 *     <b>…</b>}, HTML-escaped; empty when no body or attachment text matched
 */
public record SearchHit(long messageId, float score, String subject, String highlight) {

    /** Checks that the text components are present. */
    public SearchHit {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(highlight, "highlight must not be null");
    }
}
