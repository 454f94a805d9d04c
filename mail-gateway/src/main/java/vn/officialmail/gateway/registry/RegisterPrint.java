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
 * A register on paper (Decree 30/2020 Art. 22.3: the system register is printed with all its
 * fields, signed and bound): the columns of Appendix IV.VI (incoming) or IV.I (outgoing) for a
 * period, as PDF and XLSX. The signature column, and an incoming document's transfer date, are
 * left for the clerk's pen; an outgoing document sent by mail was transferred when it was sent.
 * The outgoing register starts with the register's own running number (STT), which Appendix IV.I
 * leaves to the agency ("at least 10 fields").
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
    private static final List<String> OUTGOING_COLUMNS = List.of(
            "STT",
            "Số, ký hiệu văn bản",
            "Ngày tháng văn bản",
            "Tên loại và trích yếu nội dung văn bản",
            "Người ký",
            "Nơi nhận văn bản",
            "Đơn vị, người nhận bản lưu",
            "Số lượng bản",
            "Ngày chuyển",
            "Ký nhận",
            "Ghi chú");
    private static final List<Integer> OUTGOING_WIDTHS = List.of(6, 9, 7, 22, 10, 14, 9, 5, 7, 6, 10);

    private final RegisterLines lines;
    private final Registers registers;
    private final Clock clock;

    public RegisterPrint(RegisterLines lines, Registers registers, Clock clock) {
        this.lines = lines;
        this.registers = registers;
        this.clock = clock;
    }

    /** The incoming register's entries of the days from {@code from} to {@code to} inclusive (Asia/Ho_Chi_Minh). */
    public byte[] print(LocalDate from, LocalDate to, Format format) {
        return print(registers.byCode(IncomingRegister.DEFAULT_REGISTER).orElseThrow(), from, to, format);
    }

    /** A register's entries of the days from {@code from} to {@code to} inclusive (Asia/Ho_Chi_Minh). */
    public byte[] print(RegisterDefinition register, LocalDate from, LocalDate to, Format format) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period must not end before it starts");
        }
        Instant start = from.atStartOfDay(IncomingRegister.VIETNAM).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(IncomingRegister.VIETNAM).toInstant();
        List<List<String>> rows = new ArrayList<>();
        boolean outgoing = register.direction() == RegisterDirection.OUTGOING;
        for (RegisterLines.Line line : lines.all(register.code(), Optional.of(start), Optional.of(end))) {
            rows.add(outgoing ? outgoingRow(line) : row(line));
        }
        Table table = new Table(
                register.name().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                List.of(
                        "Từ ngày " + from.format(DAY) + " đến ngày " + to.format(DAY),
                        "Số văn bản: " + rows.size() + " — in lúc "
                                + clock.instant()
                                        .atZone(IncomingRegister.VIETNAM)
                                        .format(MOMENT)),
                outgoing ? OUTGOING_COLUMNS : COLUMNS,
                outgoing ? OUTGOING_WIDTHS : WIDTHS,
                rows);
        return switch (format) {
            case PDF -> PdfTables.render(table);
            case XLSX -> XlsxTables.render(table, outgoing ? "So di" : "So den");
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

    private static List<String> outgoingRow(RegisterLines.Line line) {
        String typeAndSummary = String.join(
                        " ", line.typeName().orElse(""), line.summary().orElse(""))
                .strip();
        return List.of(
                line.number(),
                line.numberSymbol().orElse(""),
                line.documentDate().map(DAY::format).orElse(""),
                typeAndSummary,
                line.signer().orElse(""),
                line.recipients(),
                line.keptBy().orElse(""),
                line.copies() > 0 ? Integer.toString(line.copies()) : "",
                line.messageId().isPresent()
                        ? line.receivedAt().atZone(IncomingRegister.VIETNAM).format(DAY)
                        : "",
                "",
                String.join("; ", notes(line)));
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
