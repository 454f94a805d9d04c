package vn.officialmail.gateway.handling;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.rendering.PdfTables;
import vn.officialmail.gateway.rendering.Table;
import vn.officialmail.gateway.rendering.XlsxTables;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.Downloads;

/**
 * Periodic reports: {@code GET /api/handling/reports} (the configured reports), {@code GET
 * /api/handling/reports/{code}/{period}} (received, late, missing or not yet due per unit; period
 * {@code 2026-10}, {@code 2026-Q3} or {@code 2026}), {@code .../table.xlsx|pdf}, and {@code POST
 * /api/handling/reports/reminders} (remind the late units now). Unit heads and delegates see only
 * the reports their unit sends, with their unit's line only ({@link HandlingAccess}; a report their
 * unit does not send answers 403); the reminders are the agency's demand to its units, sent by
 * administrators and clerks ({@code web.RouteAccess}).
 */
@RestController
class ReportController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final PeriodicReports reports;
    private final WorkingCalendar calendar;

    ReportController(PeriodicReports reports, WorkingCalendar calendar) {
        this.reports = reports;
        this.calendar = calendar;
    }

    @GetMapping("/api/handling/reports")
    List<HandlingSettings.ReportExpectation> expectations(@AuthenticationPrincipal GatewayUser reader) {
        if (HandlingAccess.seesEveryUnit(reader)) {
            return reports.expectations();
        }
        String own = HandlingAccess.own(reader);
        return reports.expectations().stream()
                .filter(e -> e.units().contains(own))
                .map(e -> new HandlingSettings.ReportExpectation(
                        e.code(), e.name(), e.period(), e.dueDay(), List.of(own), e.keywords()))
                .toList();
    }

    @GetMapping("/api/handling/reports/{code}/{period}")
    PeriodicReports.Table table(
            @PathVariable String code, @PathVariable String period, @AuthenticationPrincipal GatewayUser reader) {
        return found(code, period, reader);
    }

    @GetMapping("/api/handling/reports/{code}/{period}/table.xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable String code, @PathVariable String period, @AuthenticationPrincipal GatewayUser reader) {
        return Downloads.attachment(
                XlsxTables.render(printable(found(code, period, reader)), "Báo cáo"),
                code + "-" + period + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/api/handling/reports/{code}/{period}/table.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String code, @PathVariable String period, @AuthenticationPrincipal GatewayUser reader) {
        return Downloads.attachment(
                PdfTables.render(printable(found(code, period, reader))),
                code + "-" + period + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    @PostMapping("/api/handling/reports/reminders")
    Map<String, Integer> remind() {
        return Map.of("sent", reports.remindLate());
    }

    private PeriodicReports.Table found(String code, String period, GatewayUser reader) {
        if (code.length() > 32 || period.length() > 16) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "code or period too long");
        }
        PeriodicReports.Table table = reports.table(code, period)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "Không có báo cáo '" + code + "' kỳ '" + period + "' / no such report or period; known: "
                                + expectations(reader).stream()
                                        .map(e -> e.code() + " (" + e.period() + ")")
                                        .toList()));
        return HandlingAccess.report(reader, table)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN,
                        "Đơn vị của bạn không gửi báo cáo '" + code + "' / your unit does not send this report"));
    }

    private Table printable(PeriodicReports.Table table) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (PeriodicReports.Line line : table.lines()) {
            rows.add(List.of(
                    Integer.toString(n++),
                    line.unitName(),
                    switch (line.state()) {
                        case RECEIVED -> "Đã nhận đúng hạn";
                        case LATE -> "Nhận muộn";
                        case MISSING -> "Chưa nhận";
                        case PENDING -> "Chưa đến hạn";
                    },
                    line.receivedAt()
                            .map(at -> WHEN.format(at.atZone(calendar.zone())))
                            .orElse("")));
        }
        return new Table(
                "TÌNH HÌNH GỬI " + table.name().toUpperCase(java.util.Locale.ROOT),
                List.of("Kỳ báo cáo: " + table.period() + " — hạn " + Consultations.DAY.format(table.due())),
                List.of("STT", "Đơn vị", "Tình trạng", "Thời điểm nhận"),
                List.of(5, 45, 25, 25),
                rows);
    }
}
