package vn.officialmail.indexer.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One search: the text a user typed, the page wanted, and optional channel and date filters.
 *
 * <p>The query syntax is described on {@link QueryBuilder}; a blank query lists every message
 * (filters still apply), newest first. The date range is half-open: {@code from} inclusive, {@code
 * to} exclusive.
 *
 * @param query what the user typed, at most {@value #MAX_QUERY_LENGTH} characters; may be blank
 * @param offset hits to skip, {@code 0..}{@value #MAX_OFFSET} (deeper paging is refused, since each
 *     page costs {@code offset + limit} collected hits)
 * @param limit hits to return, {@code 1..}{@value #MAX_LIMIT}
 * @param channel only messages of this channel (case-insensitive), for example {@code OFFICIAL}
 * @param from only messages received at or after this instant
 * @param to only messages received before this instant
 */
public record SearchRequest(
        String query, int offset, int limit, Optional<String> channel, Optional<Instant> from, Optional<Instant> to) {

    /** Longest accepted query, in UTF-16 characters. */
    public static final int MAX_QUERY_LENGTH = 1000;

    /** Largest page. */
    public static final int MAX_LIMIT = 200;

    /** Deepest accepted offset. */
    public static final int MAX_OFFSET = 10_000;

    /** Page size of {@link #of(String)}. */
    public static final int DEFAULT_LIMIT = 20;

    /** Validates every component; the message names the bad value and what is allowed. */
    public SearchRequest {
        Objects.requireNonNull(query, "query must not be null");
        Objects.requireNonNull(channel, "channel must not be null (use Optional.empty())");
        Objects.requireNonNull(from, "from must not be null (use Optional.empty())");
        Objects.requireNonNull(to, "to must not be null (use Optional.empty())");
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException(
                    "query must be at most " + MAX_QUERY_LENGTH + " characters: " + query.length() + " characters");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ": " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (channel.isPresent() && channel.get().isBlank()) {
            throw new IllegalArgumentException("channel must not be blank: '" + channel.get() + "'");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("from must not be after to: from=" + from.get() + ", to=" + to.get());
        }
    }

    /**
     * A first page of {@value #DEFAULT_LIMIT} hits with no filters.
     *
     * @param query what the user typed
     * @return the request
     */
    public static SearchRequest of(String query) {
        return of(query, 0, DEFAULT_LIMIT);
    }

    /**
     * A page of hits with no filters.
     *
     * @param query what the user typed
     * @param offset hits to skip
     * @param limit hits to return
     * @return the request
     */
    public static SearchRequest of(String query, int offset, int limit) {
        return new SearchRequest(query, offset, limit, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
