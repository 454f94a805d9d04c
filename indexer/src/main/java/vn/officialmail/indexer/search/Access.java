package vn.officialmail.indexer.search;

import java.util.Set;
import java.util.stream.Collectors;
import vn.officialmail.indexer.analysis.Keywords;

/**
 * What a searcher may see, enforced inside the Lucene query (never by filtering hits afterwards, so
 * totals, facets and pages are all computed over the visible messages only).
 *
 * @param allUnits true to see every unit's messages; false to see only messages of {@code units}
 * @param units the unit codes seen when not {@code allUnits} (compared {@link Keywords#fold folded});
 *     empty means no message at all
 * @param secret true to see secret-marked messages as well
 */
public record Access(boolean allUnits, Set<String> units, boolean secret) {

    /** Copies and folds the unit codes. */
    public Access {
        units = units.stream().filter(u -> !u.isBlank()).map(Keywords::fold).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Every message, secret ones included (administrators, compliance officers).
     *
     * @return the access
     */
    public static Access everything() {
        return new Access(true, Set.of(), true);
    }

    /**
     * Every unit's messages but no secret-marked one.
     *
     * @return the access
     */
    public static Access allUnitsWithoutSecret() {
        return new Access(true, Set.of(), false);
    }

    /**
     * The messages of some units only, no secret-marked one.
     *
     * @param units unit codes; none means nothing is visible
     * @return the access
     */
    public static Access unitsOnly(Set<String> units) {
        return new Access(false, units, false);
    }
}
