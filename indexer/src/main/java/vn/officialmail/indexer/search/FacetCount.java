package vn.officialmail.indexer.search;

import java.util.Objects;

/**
 * One value of a facet and how many matching messages carry it.
 *
 * @param value the value as indexed: a document type id, a channel, a unit code, a month {@code
 *     yyyy-MM}
 * @param count matching messages with that value
 */
public record FacetCount(String value, long count) {

    /** Checks the components. */
    public FacetCount {
        Objects.requireNonNull(value, "value must not be null");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
    }
}
