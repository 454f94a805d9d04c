package vn.officialmail.indexer.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 *
 * @param total how many messages match in all (not only on this page)
 * @param hits this page's hits, best first
 * @param facets when asked for: {@code type}, {@code channel}, {@code unit} and {@code month}, each
 *     with its values and counts over all matching messages (most frequent first; months newest
 *     first); empty otherwise
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    /** Facet of document types. */
    public static final String TYPE = "type";

    /** Facet of channels. */
    public static final String CHANNEL = "channel";

    /** Facet of units. */
    public static final String UNIT = "unit";

    /** Facet of months received. */
    public static final String MONTH = "month";

    /** Copies the hits and facets and checks the total. */
    public SearchResult {
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0: " + total);
        }
        hits = List.copyOf(hits);
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        facets.forEach((name, counts) -> copy.put(name, List.copyOf(counts)));
        facets = Collections.unmodifiableMap(copy);
    }

    /** A page without facets. */
    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, Map.of());
    }
}
