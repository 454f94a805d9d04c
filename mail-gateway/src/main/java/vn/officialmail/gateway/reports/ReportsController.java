package vn.officialmail.gateway.reports;

import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.rendering.Table;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.Downloads;

/**
 * Downloads the reports, from the API ({@code /api/reports/...}, HTTP Basic) and the console
 * ({@code /console/reports/...}, the login session): {@code monthly?month=2026-10} and {@code
 * yearly?year=2026}, each with {@code format=pdf|xlsx|csv}, {@code lang=vi|en} and a scope ({@code
 * agency=} or {@code unit=}, else everything). Administrators and compliance officers choose any
 * scope; a unit head or delegate gets their own unit's report only. Every export is audited.
 */
@RestController
class ReportsController {

    private final MonthlyReports reports;
    private final ComplianceFigures figures;
    private final AuditLog audit;
    private final Clock clock;

    ReportsController(MonthlyReports reports, ComplianceFigures figures, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping({"/api/reports/monthly", "/console/reports/monthly"})
    ResponseEntity<byte[]> monthly(
            @RequestParam Optional<String> month,
            @RequestParam Optional<String> agency,
            @RequestParam Optional<String> unit,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(defaultValue = "vi") String lang,
            @AuthenticationPrincipal GatewayUser reader) {
        YearMonth wanted = month.filter(m -> !m.isBlank())
                .map(ReportsController::month)
                .orElseGet(() -> figures.monthOf(clock.instant()).minusMonths(1));
        ReportScope scope = scopeFor(reader, agency, unit);
        ReportFormat as = format(format);
        Table table = build(() -> reports.monthly(wanted, scope, ReportTexts.of(lang)));
        return file(
                reader,
                "monthly/" + wanted + "/" + scope.slug(),
                "bao-cao-thang-" + wanted + "-" + scope.slug(),
                table,
                as,
                "Bao cao " + wanted);
    }

    @GetMapping({"/api/reports/yearly", "/console/reports/yearly"})
    ResponseEntity<byte[]> yearly(
            @RequestParam Optional<String> year,
            @RequestParam Optional<String> agency,
            @RequestParam Optional<String> unit,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(defaultValue = "vi") String lang,
            @AuthenticationPrincipal GatewayUser reader) {
        Year wanted = year.filter(y -> !y.isBlank())
                .map(ReportsController::year)
                .orElseGet(() -> Year.from(figures.monthOf(clock.instant())));
        ReportScope scope = scopeFor(reader, agency, unit);
        ReportFormat as = format(format);
        Table table = build(() -> reports.yearly(wanted, scope, ReportTexts.of(lang)));
        return file(
                reader,
                "yearly/" + wanted + "/" + scope.slug(),
                "tong-hop-nam-" + wanted + "-" + scope.slug(),
                table,
                as,
                "Tong hop " + wanted);
    }

    /** The scope a reader may have: theirs alone unless they see every unit. */
    static ReportScope scopeFor(GatewayUser reader, Optional<String> agency, Optional<String> unit) {
        Optional<String> a = agency.map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> u = unit.map(String::strip).filter(s -> !s.isEmpty());
        if (a.isPresent() && u.isPresent()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Chọn cơ quan hoặc đơn vị, không cả hai / agency or unit, not both");
        }
        if (reader.seesEverything()) {
            return new ReportScope(a, u);
        }
        String own = reader.unitCode()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Tài khoản chưa gắn với đơn vị / the account belongs to no unit"));
        if (a.isPresent() || (u.isPresent() && !u.get().equals(own))) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Chỉ xem được đơn vị của mình / only unit '" + own + "' is visible to you");
        }
        return ReportScope.unit(own);
    }

    private ResponseEntity<byte[]> file(
            GatewayUser reader, String subject, String name, Table table, ReportFormat format, String sheet) {
        byte[] bytes = ReportFiles.render(table, format, sheet);
        audit.record(reader.username(), "report-exported", "report", subject, Map.of("format", format.extension()));
        return Downloads.attachment(
                bytes, name + "." + format.extension(), MediaType.parseMediaType(format.mediaType()));
    }

    private static Table build(java.util.function.Supplier<Table> report) {
        try {
            return report.get();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static ReportFormat format(String name) {
        try {
            return ReportFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static YearMonth month(String text) {
        try {
            YearMonth m = YearMonth.parse(text.strip());
            if (m.getYear() < 2000 || m.getYear() > 2100) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "month must be between 2000-01 and 2100-12: " + text);
            }
            return m;
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month must look like 2026-10: " + text);
        }
    }

    private static Year year(String text) {
        try {
            Year y = Year.parse(text.strip());
            if (y.getValue() < 2000 || y.getValue() > 2100) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "year must be between 2000 and 2100: " + text);
            }
            return y;
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must look like 2026: " + text);
        }
    }
}
