package vn.officialmail.gateway.console;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The months a page shows, from its {@code from} and {@code to} parameters ({@code 2026-10}):
 * by default the twelve months up to the current one. A bad value is reported, not guessed at.
 */
record MonthRange(YearMonth first, YearMonth last, boolean invalid) {

    static MonthRange of(Optional<String> from, Optional<String> to, YearMonth current) {
        try {
            YearMonth last = to.filter(s -> !s.isBlank()).map(YearMonth::parse).orElse(current);
            YearMonth first =
                    from.filter(s -> !s.isBlank()).map(YearMonth::parse).orElse(last.minusMonths(11));
            if (last.isBefore(first) || first.plusYears(5).isBefore(last)) {
                return new MonthRange(current.minusMonths(11), current, true);
            }
            return new MonthRange(first, last, false);
        } catch (DateTimeParseException e) {
            return new MonthRange(current.minusMonths(11), current, true);
        }
    }
}
