package vn.officialmail.indexer.search;

import java.util.Arrays;
import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
    /** Best match first, then newest (a query without words is newest first). */
    RELEVANCE,
    /** Newest received first. */
    NEWEST,
    /** Oldest received first. */
    OLDEST;

    /**
     * Parses a sort name, case-insensitive; also {@code date} for {@link #NEWEST}.
     *
     * @param name the name as given
     * @return the order
     * @throws IllegalArgumentException with the accepted names, in Vietnamese and English
     */
    public static SortOrder parse(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        if (wanted.equals("DATE")) {
            return NEWEST;
        }
        return Arrays.stream(values())
                .filter(order -> order.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cách sắp xếp không hợp lệ '" + name
                        + "' (dùng relevance, newest, oldest) / invalid sort '" + name
                        + "' (use relevance, newest, oldest)"));
    }
}
