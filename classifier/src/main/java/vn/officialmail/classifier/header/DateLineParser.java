package vn.officialmail.classifier.header;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place and date (Decree 30/2020 Appendix I, box 4): "Hà Nội, ngày 05 tháng 01 năm 2020", often wrapped
 * by PDF extraction after "ngày 05". Laws carry no dated header line; their date is the day the National
 * Assembly passed them ("thông qua ngày …"), taken with less confidence.
 */
final class DateLineParser {

    private static final String DATE = "ngày\\s*(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*(\\d{4})";
    private static final Pattern PLACE_DATE = Pattern.compile("(?:^|\\s)([^,;:]*?)\\s*,\\s*" + DATE);
    private static final Pattern DATE_ONLY = Pattern.compile("^" + DATE);
    private static final Pattern PASSED = Pattern.compile("thông qua\\s+" + DATE);
    private static final Pattern WRAPPED_AFTER_WORD = Pattern.compile("(ngày|tháng|năm)\\s*\\n\\s*(\\d)");
    private static final Pattern WRAPPED_BEFORE_WORD = Pattern.compile("(\\d)\\s*\\n\\s*(tháng|năm)");
    private static final Pattern WRAPPED_AFTER_COMMA = Pattern.compile(",\\s*\\n\\s*(ngày)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DateLineParser() {}

    record PlaceDate(Optional<Field<String>> place, Optional<Field<LocalDate>> date) {}

    static PlaceDate parse(List<String> zone, String fullText) {
        // Join a date wrapped anywhere: "…ngày" / "18 tháng 11 năm 2025", "…ngày 26" / "tháng 11…".
        String joined = String.join("\n", zone);
        if (!joined.contains("ngày")) {
            // Every pattern below needs "ngày"; mail bodies mostly lack it, so skip their scans.
            return passedOn(fullText);
        }
        joined = WRAPPED_AFTER_WORD.matcher(joined).replaceAll("$1 $2");
        joined = WRAPPED_BEFORE_WORD.matcher(joined).replaceAll("$1 $2");
        joined = WRAPPED_AFTER_COMMA.matcher(joined).replaceAll(", $1");
        String[] lines = joined.split("\n");
        for (String line : lines) {
            if (!line.contains("ngày")) {
                continue; // the pattern needs it; spares its scan of long lines
            }
            Matcher m = PLACE_DATE.matcher(line);
            if (m.find()) {
                Optional<LocalDate> date = date(m.group(2), m.group(3), m.group(4));
                if (date.isPresent()) {
                    return new PlaceDate(place(m.group(1)), date.map(d -> new Field<>(d, 0.97)));
                }
            }
        }
        for (String line : lines) {
            if (!line.contains("ngày")) {
                continue;
            }
            Matcher m = DATE_ONLY.matcher(line.strip());
            if (m.find()) {
                Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
                if (date.isPresent()) {
                    return new PlaceDate(Optional.empty(), date.map(d -> new Field<>(d, 0.85)));
                }
            }
        }
        return passedOn(fullText);
    }

    /** A law's date: the day the National Assembly passed it ("thông qua ngày …"), if written. */
    private static PlaceDate passedOn(String fullText) {
        if (!fullText.contains("thông")) {
            return new PlaceDate(Optional.empty(), Optional.empty());
        }
        Matcher passed = PASSED.matcher(SPACES.matcher(fullText).replaceAll(" "));
        Optional<LocalDate> passedOn = Optional.empty();
        while (passed.find()) {
            passedOn = date(passed.group(1), passed.group(2), passed.group(3));
        }
        return new PlaceDate(Optional.empty(), passedOn.map(d -> new Field<>(d, 0.6)));
    }

    private static Optional<Field<String>> place(String prefix) {
        String place = prefix.strip();
        int symbolEnd = place.lastIndexOf(' ');
        // The Số line and the place may share one extracted line: keep what follows the symbol.
        if (place.contains("/") && symbolEnd > 0) {
            place = place.substring(place.lastIndexOf('/') + 1);
            place = place.contains(" ") ? place.substring(place.indexOf(' ') + 1) : "";
        }
        place = place.strip();
        if (place.isEmpty() || !Character.isUpperCase(place.charAt(0)) || place.length() > 60) {
            return Optional.empty();
        }
        return Optional.of(new Field<>(place, 0.9));
    }

    static Optional<LocalDate> date(String day, String month, String year) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
