package vn.officialmail.indexer.search;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.officialmail.indexer.analysis.Fields;

/**
 * Reads the dates users type in date prefixes, as a half-open range of instants in the agency's
 * time zone: a day ({@code 2025-03-10}, {@code 10/3/2025}), a month ({@code 2025-03}, {@code
 * 3/2025}) or a year ({@code 2025}).
 */
final class QueryDates {

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern VN_DAY = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern VN_MONTH = Pattern.compile("(\\d{1,2})[/.](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** A half-open range {@code [start, end)}. */
    record Range(Instant start, Instant end) {}

    private QueryDates() {}

    /**
     * Reads a day, month or year.
     *
     * @param prefix the prefix it followed, for the error message
     * @param value what the user typed
     * @return the range it covers
     * @throws IllegalArgumentException in Vietnamese and English, with the accepted forms
     */
    static Range parse(String prefix, String value) {
        try {
            Matcher m;
            if ((m = ISO_DAY.matcher(value)).matches()) {
                return day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            if ((m = VN_DAY.matcher(value)).matches()) {
                return day(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
            }
            if ((m = ISO_MONTH.matcher(value)).matches()) {
                return month(YearMonth.of(num(m, 1), num(m, 2)));
            }
            if ((m = VN_MONTH.matcher(value)).matches()) {
                return month(YearMonth.of(num(m, 2), num(m, 1)));
            }
            if (YEAR.matcher(value).matches()) {
                Year year = Year.of(Integer.parseInt(value));
                return new Range(start(year.atDay(1)), start(year.plusYears(1).atDay(1)));
            }
        } catch (DateTimeException e) {
            // an impossible date (31/2/2025) is refused below like a malformed one
        }
        throw new IllegalArgumentException("Ngày không hợp lệ sau '" + prefix + ":': '" + value
                + "' (dùng 2025-03-10, 10/3/2025, 2025-03, 3/2025 hoặc 2025) / invalid date after '" + prefix
                + ":': '" + value + "' (use 2025-03-10, 10/3/2025, 2025-03, 3/2025 or 2025)");
    }

    private static Range day(LocalDate day) {
        return new Range(start(day), start(day.plusDays(1)));
    }

    private static Range month(YearMonth month) {
        return new Range(start(month.atDay(1)), start(month.plusMonths(1).atDay(1)));
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(Fields.AGENCY_ZONE).toInstant();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
