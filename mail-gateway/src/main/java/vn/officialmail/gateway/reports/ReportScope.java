package vn.officialmail.gateway.reports;

import java.util.Optional;

/**
 * Whom a report covers: one unit, one agency (its units), or everything the gateway carries.
 *
 * @param agency the agency's code, for an agency report
 * @param unit the unit's code, for a unit report
 */
public record ReportScope(Optional<String> agency, Optional<String> unit) {

    public static final ReportScope ALL = new ReportScope(Optional.empty(), Optional.empty());

    public ReportScope {
        if (agency.isPresent() && unit.isPresent()) {
            throw new IllegalArgumentException("a report covers an agency or a unit, not both");
        }
    }

    public static ReportScope unit(String code) {
        return new ReportScope(Optional.empty(), Optional.of(code));
    }

    public static ReportScope agency(String code) {
        return new ReportScope(Optional.of(code), Optional.empty());
    }

    /** A name for files: {@code all}, {@code agency-BTP}, {@code unit-BTP-VP}. */
    String slug() {
        return unit.map(u -> "unit-" + u)
                .or(() -> agency.map(a -> "agency-" + a))
                .orElse("all");
    }
}
