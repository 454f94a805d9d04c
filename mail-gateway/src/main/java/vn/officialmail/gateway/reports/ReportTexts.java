package vn.officialmail.gateway.reports;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

/**
 * The reports' words in one language: Vietnamese (the default, what the leadership reads) or
 * English, from {@code report_vi.properties} and {@code report_en.properties}.
 */
public final class ReportTexts {

    static final String BUNDLE = "vn.officialmail.gateway.reports.report";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportTexts(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code en} for English, anything else Vietnamese. */
    public static ReportTexts of(String language) {
        return new ReportTexts("en".equals(language) ? "en" : "vi");
    }

    public String language() {
        return locale.getLanguage();
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }

    String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A share 0–1 as "42,9 %" (Vietnamese) or "42.9%"; "—" when there is none. */
    String percent(OptionalDouble share) {
        if (share.isEmpty()) {
            return "—";
        }
        return decimal(share.getAsDouble() * 100) + (language().equals("vi") ? " %" : "%");
    }

    /** A signed change: "+2", "−1", "0" (a true minus sign, as printed reports use). */
    String change(long delta) {
        return delta > 0 ? "+" + number(delta) : delta < 0 ? "−" + number(-delta) : "0";
    }

    /** A signed change of a share in percentage points, or "—" when either side has none. */
    String pointsChange(OptionalDouble now, OptionalDouble before) {
        if (now.isEmpty() || before.isEmpty()) {
            return "—";
        }
        double points = (now.getAsDouble() - before.getAsDouble()) * 100;
        String abs = decimal(Math.abs(points));
        return points > 0.05 ? "+" + abs : points < -0.05 ? "−" + abs : decimal(0);
    }

    private String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
