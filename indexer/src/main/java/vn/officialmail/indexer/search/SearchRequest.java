package vn.officialmail.indexer.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One search: the text a user typed, the page wanted, filters, the order, whether facets are
 * counted, and what the searcher may see.
 *
 * <p>The query syntax is described on {@link QueryBuilder}; a blank query lists every message
 * (filters still apply), newest first. The date range is half-open: {@code from} inclusive, {@code
 * to} exclusive. Errors are in Vietnamese, then English, and name the bad value.
 *
 * @param query what the user typed, at most {@value #MAX_QUERY_LENGTH} characters; may be blank
 * @param offset hits to skip, {@code 0..}{@value #MAX_OFFSET} (deeper paging is refused, since each
 *     page costs {@code offset + limit} collected hits)
 * @param limit hits to return, {@code 1..}{@value #MAX_LIMIT}
 * @param channel only messages of this channel (case-insensitive), for example {@code OFFICIAL}
 * @param from only messages received at or after this instant
 * @param to only messages received before this instant
 * @param types only messages of any of these document types (id or abbreviation); at most {@value
 *     #MAX_FILTER_VALUES}
 * @param units only messages concerning any of these units; at most {@value #MAX_FILTER_VALUES}
 * @param sort the order of hits
 * @param access what the searcher may see; applied inside the query
 * @param facets true to count the type, channel, unit and month facets over all matching messages
 */
public record SearchRequest(
        String query,
        int offset,
        int limit,
        Optional<String> channel,
        Optional<Instant> from,
        Optional<Instant> to,
        List<String> types,
        List<String> units,
        SortOrder sort,
        Access access,
        boolean facets) {

    /** Longest accepted query, in UTF-16 characters. */
    public static final int MAX_QUERY_LENGTH = 1000;

    /** Largest page. */
    public static final int MAX_LIMIT = 200;

    /** Deepest accepted offset. */
    public static final int MAX_OFFSET = 10_000;

    /** Page size of {@link #of(String)}. */
    public static final int DEFAULT_LIMIT = 20;

    /** Most values of one filter. */
    public static final int MAX_FILTER_VALUES = 20;

    /** Longest filter value. */
    public static final int MAX_FILTER_LENGTH = 100;

    /** Validates every component and copies the lists. */
    public SearchRequest {
        Objects.requireNonNull(query, "query must not be null");
        Objects.requireNonNull(channel, "channel must not be null (use Optional.empty())");
        Objects.requireNonNull(from, "from must not be null (use Optional.empty())");
        Objects.requireNonNull(to, "to must not be null (use Optional.empty())");
        Objects.requireNonNull(sort, "sort must not be null");
        Objects.requireNonNull(access, "access must not be null");
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("Câu tìm kiếm dài quá " + MAX_QUERY_LENGTH + " ký tự ("
                    + query.length() + ") / query must be at most " + MAX_QUERY_LENGTH + " characters: "
                    + query.length() + " characters");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset phải từ 0 đến " + MAX_OFFSET + ": " + offset
                    + " / offset must be between 0 and " + MAX_OFFSET + ": " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit phải từ 1 đến " + MAX_LIMIT + ": " + limit
                    + " / limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (channel.isPresent() && channel.get().isBlank()) {
            throw new IllegalArgumentException(
                    "Kênh không được để trống / channel must not be blank: '" + channel.get() + "'");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("Ngày bắt đầu sau ngày kết thúc / from must not be after to: from="
                    + from.get() + ", to=" + to.get());
        }
        types = checkedValues("type", types);
        units = checkedValues("unit", units);
    }

    /** A request with the given text, page and channel/date filters; no other filter, every message visible. */
    public SearchRequest(
            String query,
            int offset,
            int limit,
            Optional<String> channel,
            Optional<Instant> from,
            Optional<Instant> to) {
        this(
                query,
                offset,
                limit,
                channel,
                from,
                to,
                List.of(),
                List.of(),
                SortOrder.RELEVANCE,
                Access.everything(),
                false);
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

    /**
     * The same request seen with another access.
     *
     * @param newAccess what the searcher may see
     * @return a copy with {@code newAccess}
     */
    public SearchRequest withAccess(Access newAccess) {
        return new SearchRequest(query, offset, limit, channel, from, to, types, units, sort, newAccess, facets);
    }

    /**
     * The same request with facets counted or not, in the given order.
     *
     * @param newSort the order of hits
     * @param withFacets true to count facets
     * @return a copy
     */
    public SearchRequest withSortAndFacets(SortOrder newSort, boolean withFacets) {
        return new SearchRequest(query, offset, limit, channel, from, to, types, units, newSort, access, withFacets);
    }

    /**
     * The same request with type and unit filters.
     *
     * @param newTypes document types (id or abbreviation)
     * @param newUnits unit codes
     * @return a copy
     */
    public SearchRequest withTypesAndUnits(List<String> newTypes, List<String> newUnits) {
        return new SearchRequest(query, offset, limit, channel, from, to, newTypes, newUnits, sort, access, facets);
    }

    private static List<String> checkedValues(String name, List<String> values) {
        Objects.requireNonNull(values, name + " must not be null (use List.of())");
        if (values.size() > MAX_FILTER_VALUES) {
            throw new IllegalArgumentException("Quá nhiều giá trị '" + name + "' (" + values.size() + ", tối đa "
                    + MAX_FILTER_VALUES + ") / too many '" + name + "' values: " + values.size() + ", at most "
                    + MAX_FILTER_VALUES);
        }
        for (String value : values) {
            if (value.isBlank() || value.length() > MAX_FILTER_LENGTH) {
                throw new IllegalArgumentException("Giá trị '" + name + "' không hợp lệ (trống hoặc dài quá "
                        + MAX_FILTER_LENGTH + " ký tự) / '" + name + "' must be 1 to " + MAX_FILTER_LENGTH
                        + " characters: '" + value + "'");
            }
        }
        return List.copyOf(values);
    }
}
