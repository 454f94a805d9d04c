package vn.officialmail.indexer.search;

import java.util.List;

/**
 * One page of a search.
 *
 * @param total how many messages match in all (not only on this page)
 * @param hits this page's hits, best first
 */
public record SearchResult(long total, List<SearchHit> hits) {

    /** Copies the hits and checks the total. */
    public SearchResult {
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0: " + total);
        }
        hits = List.copyOf(hits);
    }
}
