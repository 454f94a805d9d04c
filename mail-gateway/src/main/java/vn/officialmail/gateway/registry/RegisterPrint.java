package vn.officialmail.gateway.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.rendering.PdfTables;
import vn.officialmail.gateway.rendering.Table;
import vn.officialmail.gateway.rendering.XlsxTables;

/**
 * The incoming register on paper (Decree 30/2020 Art. 22.3: the system register is printed with
 * all its fields, signed and bound): the columns of Appendix IV.VI for a period, as PDF and XLSX.
 * Columns 8 and 9 (transfer date, signature) are left for the clerk's pen.
 */
@Service
public final class RegisterPrint {

    /** The formats a register prints to. */
    public enum Format {
        PDF,
        XLSX
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final List<String> COLUMNS = List.of(
            "Ngày đến",
            "Số đến",
            "Tác giả",
            "Số, ký hiệu văn bản",
            "Ngày tháng văn bản",
            "Tên loại và trích yếu nội dung văn bản",
            "Đơn vị hoặc người nhận",
            "Ngày chuyển",
            "Ký nhận",
            "Ghi chú");
    private static final List<Integer> WIDTHS = List.of(7, 6, 12, 9, 7, 24, 11, 6, 6, 12);

    private final RegisterLines lines;
    private final Clock clock;

    public RegisterPrint(RegisterLines lines, Clock clock) {
        this.lines = lines;
        this.clock = clock;
    }

    /** The register's entries of the days from {@code from} to {@code to} inclusive (Asia/Ho_Chi_Minh). */
    public byte[] print(LocalDate from, LocalDate to, Format format) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period must not end before it starts");
        }
        Instant start = from.atStartOfDay(IncomingRegister.VIETNAM).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(IncomingRegister.VIETNAM).toInstant();
        List<List<String>> rows = new ArrayList<>();
        for (RegisterLines.Line line :
                lines.all(IncomingRegister.DEFAULT_REGISTER, Optional.of(start), Optional.of(end))) {
            rows.add(row(line));
        }
        Table table = new Table(
                "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
                List.of(
                        "Từ ngày " + from.format(DAY) + " đến ngày " + to.format(DAY),
                        "Số văn bản: " + rows.size() + " — in lúc "
                                + clock.instant()
                                        .atZone(IncomingRegister.VIETNAM)
                                        .format(MOMENT)),
                COLUMNS,
                WIDTHS,
                rows);
        return switch (format) {
            case PDF -> PdfTables.render(table);
            case XLSX -> XlsxTables.render(table, "So den");
        };
    }

    private static List<String> row(RegisterLines.Line line) {
        String typeAndSummary = String.join(
                        " ", line.typeName().orElse(""), line.summary().orElse(""))
                .strip();
        String note = String.join("; ", notes(line));
        return List.of(
                line.receivedAt().atZone(IncomingRegister.VIETNAM).format(DAY),
                line.number(),
                line.issuer().orElse(""),
                line.numberSymbol().orElse(""),
                line.documentDate().map(DAY::format).orElse(""),
                typeAndSummary,
                line.recipients(),
                "",
                "",
                note);
    }

    private static List<String> notes(RegisterLines.Line line) {
        List<String> notes = new ArrayList<>();
        if (line.urgent()) {
            notes.add("Khẩn");
        }
        if (line.messageId().isEmpty()) {
            notes.add("Văn bản giấy");
        }
        line.note().ifPresent(notes::add);
        return notes;
    }
}
