package vn.officialmail.gateway.handling;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.officialmail.classifier.normalize.Folding;

/**
 * How often a periodic report is due (báo cáo định kỳ: tháng, quý, 6 tháng, năm), how its period is
 * written in a report ("tháng 10 năm 2026", "tháng 10/2026", "quý III năm 2026", "6 tháng đầu năm
 * 2026", "sáu tháng cuối năm", "năm 2026"), and when it is due: day N of the month after the period
 * ends. Periods are keys: {@code 2026-10}, {@code 2026-Q3}, {@code 2026-H1}, {@code 2026}.
 */
public enum ReportPeriod {
    MONTHLY,
    QUARTERLY,
    YEARLY,
    /** Six months: the first half (January–June) or the second (July–December). */
    HALF_YEARLY;

    /** "ngày 04 tháng 11 năm 2026": the date of the document, never its period. */
    private static final Pattern DATE = Pattern.compile("ngay\\s*\\d{1,2}\\s*thang\\s*\\d{1,2}\\s*nam\\s*\\d{4}");

    private static final Pattern MONTH = Pattern.compile("\\bthang\\s*(\\d{1,2})(?:\\s*(?:nam|/|-)\\s*(\\d{4}))?");
    private static final Pattern QUARTER =
            Pattern.compile("\\bquy\\s*(iv|iii|ii|i|[1-4])\\b(?:\\s*(?:nam|/|-)\\s*(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("\\bnam\\s*(\\d{4})\\b");
    /**
     * "6 tháng đầu năm 2026", "sáu tháng cuối năm", "báo cáo 6 tháng năm 2026"; never "sau tháng 10"
     * (after October), whose folded "sau" is the same word as "sáu".
     */
    private static final Pattern HALF = Pattern.compile(
            "\\b(?:0?6|sau)\\s*thang\\b(?!\\s*\\d)(?:\\s*(dau|cuoi))?(?:\\s*nam)?(?:\\s*(?:/|-)?\\s*(\\d{4})\\b)?");

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(\\d{2})|-Q([1-4])|-H([12]))?");

    /** The period {@code text} reports on, read without diacritics; {@code receivedOn} supplies a missing year. */
    public Optional<String> periodOf(String text, LocalDate receivedOn) {
        String folded = DATE.matcher(Folding.fold(text)).replaceAll(" ");
        // A half-year report names its last month too ("đến hết tháng 6/2026"): it is not the monthly one.
        if (this != HALF_YEARLY && this != YEARLY && HALF.matcher(folded).find()) {
            return Optional.empty();
        }
        return switch (this) {
            case MONTHLY ->
                first(MONTH, folded).flatMap(m -> {
                    int month = Integer.parseInt(m.group(1));
                    if (month < 1 || month > 12) {
                        return Optional.empty();
                    }
                    int year = m.group(2) != null
                            ? Integer.parseInt(m.group(2))
                            : month > receivedOn.getMonthValue() ? receivedOn.getYear() - 1 : receivedOn.getYear();
                    return Optional.of(String.format(java.util.Locale.ROOT, "%d-%02d", year, month));
                });
            case QUARTERLY ->
                first(QUARTER, folded).map(m -> {
                    int quarter = quarter(m.group(1));
                    int year = m.group(2) != null
                            ? Integer.parseInt(m.group(2))
                            : quarter > (receivedOn.getMonthValue() + 2) / 3
                                    ? receivedOn.getYear() - 1
                                    : receivedOn.getYear();
                    return year + "-Q" + quarter;
                });
            // A monthly, quarterly or half-year report also names its year: it is not the yearly report.
            case YEARLY ->
                MONTH.matcher(folded).find()
                                || QUARTER.matcher(folded).find()
                                || HALF.matcher(folded).find()
                        ? Optional.empty()
                        : first(YEAR, folded).map(m -> m.group(1));
            case HALF_YEARLY -> first(HALF, folded).map(m -> half(m.group(1), m.group(2), receivedOn));
        };
    }

    /**
     * The half a report names: "đầu" the first, "cuối" the second. Without either ("báo cáo 6
     * tháng"), the half that ended last when it came, counting June as the first half's month (the
     * sơ kết of the first half is often sent before June ends). Without a year, the first half is
     * of the year it came, the second of the year before when it came in January–June.
     */
    private static String half(String which, String writtenYear, LocalDate receivedOn) {
        int half;
        if ("dau".equals(which)) {
            half = 1;
        } else if ("cuoi".equals(which)) {
            half = 2;
        } else if (writtenYear != null) {
            half = receivedOn.getYear() > Integer.parseInt(writtenYear) ? 2 : 1;
        } else {
            half = receivedOn.getMonthValue() >= 6 ? 1 : 2;
        }
        int year;
        if (writtenYear != null) {
            year = Integer.parseInt(writtenYear);
        } else if (half == 1) {
            year = receivedOn.getYear();
        } else {
            year = receivedOn.getMonthValue() <= 6 ? receivedOn.getYear() - 1 : receivedOn.getYear();
        }
        return year + "-H" + half;
    }

    /** The last day a report for {@code period} is on time. */
    public LocalDate dueDate(String period, int dueDay) {
        YearMonth last = lastMonth(period);
        return last.plusMonths(1).atDay(Math.min(dueDay, last.plusMonths(1).lengthOfMonth()));
    }

    /** The period before the one {@code day} falls in: the one whose report is due around {@code day}. */
    public String previous(LocalDate day) {
        return switch (this) {
            case MONTHLY -> YearMonth.from(day).minusMonths(1).toString();
            case QUARTERLY -> {
                YearMonth back = YearMonth.from(day).minusMonths(3);
                yield back.getYear() + "-Q" + ((back.getMonthValue() + 2) / 3);
            }
            case YEARLY -> Integer.toString(day.getYear() - 1);
            case HALF_YEARLY -> {
                YearMonth back = YearMonth.from(day).minusMonths(6);
                yield back.getYear() + "-H" + (back.getMonthValue() <= 6 ? 1 : 2);
            }
        };
    }

    /** How many months one period of this kind lasts. */
    public int months() {
        return switch (this) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case YEARLY -> 12;
            case HALF_YEARLY -> 6;
        };
    }

    /** Whether {@code period} is a key of this kind. */
    public boolean isKey(String period) {
        Matcher matcher = KEY.matcher(period);
        if (!matcher.matches()) {
            return false;
        }
        return switch (this) {
            case MONTHLY ->
                matcher.group(2) != null
                        && Integer.parseInt(matcher.group(2)) >= 1
                        && Integer.parseInt(matcher.group(2)) <= 12;
            case QUARTERLY -> matcher.group(3) != null;
            case YEARLY -> matcher.group(2) == null && matcher.group(3) == null && matcher.group(4) == null;
            case HALF_YEARLY -> matcher.group(4) != null;
        };
    }

    private YearMonth lastMonth(String period) {
        if (!isKey(period)) {
            throw new IllegalArgumentException(
                    "period must look like 2026-10, 2026-Q3, 2026-H1 or 2026 for " + this + ": " + period);
        }
        int year = Integer.parseInt(period.substring(0, 4));
        return switch (this) {
            case MONTHLY -> YearMonth.of(year, Integer.parseInt(period.substring(5)));
            case QUARTERLY -> YearMonth.of(year, Integer.parseInt(period.substring(6)) * 3);
            case YEARLY -> YearMonth.of(year, 12);
            case HALF_YEARLY -> YearMonth.of(year, Integer.parseInt(period.substring(6)) * 6);
        };
    }

    private static int quarter(String written) {
        return switch (written) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static Optional<Matcher> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher) : Optional.empty();
    }
}
