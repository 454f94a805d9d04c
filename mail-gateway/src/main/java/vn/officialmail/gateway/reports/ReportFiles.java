package vn.officialmail.gateway.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.officialmail.gateway.rendering.PdfTables;
import vn.officialmail.gateway.rendering.Table;
import vn.officialmail.gateway.rendering.XlsxTables;

/**
 * A report table as a file: PDF (DejaVu Sans embedded) and XLSX through the shared {@code
 * rendering} package, CSV here (RFC 4180: CRLF, quoted fields, UTF-8 with a byte-order mark so
 * that spreadsheet programs read the Vietnamese right). The CSV carries the title lines first.
 */
public final class ReportFiles {

    private ReportFiles() {}

    public static byte[] render(Table table, ReportFormat format, String sheetName) {
        return switch (format) {
            case PDF -> PdfTables.render(table);
            case XLSX -> XlsxTables.render(table, sheetName);
            case CSV -> csv(table);
        };
    }

    static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.of(table.title()));
        table.subtitles().forEach(s -> line(out, List.of(s)));
        line(out, table.columns());
        table.rows().forEach(r -> line(out, r));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i);
            // A leading = + - @ makes a spreadsheet formula (a subject can be "=HYPERLINK(…)"): quote it
            // behind an apostrophe, except a signed number such as the report's "+2".
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("[+-][0-9.,]+")) {
                cell = "'" + cell;
            }
            out.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }
}
