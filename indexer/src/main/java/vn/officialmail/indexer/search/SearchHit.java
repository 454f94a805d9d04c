package vn.officialmail.indexer.search;

import java.time.Instant;
import java.util.Objects;

/**
 * One message found by a search.
 *
 * @param messageId the message's id, as given to the index
 * @param score relevance; the same for every hit when the query had no words (a blank or filter-only
 *     query, whose hits are sorted newest first); computed whatever the order
 * @param subject the stored subject
 * @param highlight a short fragment of body or attachment text with the matched words in {@code
 *     <b>…</b>}, HTML-escaped; empty when no body or attachment text matched
 * @param receivedAt when the message was received
 * @param channel its channel
 * @param documentType its document type id; empty when unclassified
 * @param registerNumber its register number; empty when not registered
 */
public record SearchHit(
        long messageId,
        float score,
        String subject,
        String highlight,
        Instant receivedAt,
        String channel,
        String documentType,
        String registerNumber) {

    /** Checks that the components are present. */
    public SearchHit {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(highlight, "highlight must not be null");
        Objects.requireNonNull(receivedAt, "receivedAt must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(documentType, "documentType must not be null (use \"\")");
        Objects.requireNonNull(registerNumber, "registerNumber must not be null (use \"\")");
    }
}
