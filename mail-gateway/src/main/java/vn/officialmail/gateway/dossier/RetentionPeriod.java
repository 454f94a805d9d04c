package vn.officialmail.gateway.dossier;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.officialmail.classifier.normalize.Folding;

/**
 * A file-plan heading's retention period (thời hạn bảo quản, Decree 30/2020 Appendix V I.4):
 * permanent ({@code Vĩnh viễn}) or a number of years ({@code 10 năm}). Anything else (a period the
 * circular words differently, e.g. "đến khi hết hiệu lực") is kept as written and never expires
 * on its own: such a dossier is destroyed only after someone decides, so it is never proposed.
 *
 * @param text the period as the file plan writes it
 * @param years the number of years, empty when permanent or not a number of years
 * @param permanent whether it is kept for ever
 */
public record RetentionPeriod(String text, OptionalInt years, boolean permanent) {

    private static final Pattern YEARS = Pattern.compile("(\\d{1,3})\\s*(nam|years?)");

    /** Decree 30/2020 Art. 29.4.c, 31.3.c: dossiers kept this long or longer go to the agency archive. */
    static final int DEPOSITED_FROM_YEARS = 5;

    public static RetentionPeriod parse(String text) {
        String folded = Folding.fold(text).toLowerCase(Locale.ROOT).strip();
        if (folded.equals("vinh vien") || folded.equals("permanent")) {
            return new RetentionPeriod(text, OptionalInt.empty(), true);
        }
        Matcher years = YEARS.matcher(folded);
        if (years.matches() && Integer.parseInt(years.group(1)) > 0) {
            return new RetentionPeriod(text, OptionalInt.of(Integer.parseInt(years.group(1))), false);
        }
        return new RetentionPeriod(text, OptionalInt.empty(), false);
    }

    /** Whether the period is a known one (permanent or years). */
    public boolean known() {
        return permanent || years.isPresent();
    }

    /** Whether the dossier must be deposited in the agency archive: permanent or at least five years. */
    public boolean deposited() {
        return permanent || years.orElse(0) >= DEPOSITED_FROM_YEARS;
    }
}
