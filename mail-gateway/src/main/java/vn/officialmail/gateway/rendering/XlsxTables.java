package vn.officialmail.gateway.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Renders a {@link Table} as an XLSX workbook: title rows, a bold frozen header, a filter, wrapped cells. */
public final class XlsxTables {

    private static final int MAX_CELL = 32_767; // Excel's limit for one cell's text

    private XlsxTables() {}

    public static byte[] render(Table table, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);

            int r = 0;
            cell(sheet.createRow(r++), 0, table.title(), heading);
            for (String subtitle : table.subtitles()) {
                cell(sheet.createRow(r++), 0, subtitle, null);
            }
            r++;
            int headerRow = r;
            Row columns = sheet.createRow(r++);
            for (int c = 0; c < table.columns().size(); c++) {
                cell(columns, c, table.columns().get(c), header);
            }
            for (List<String> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    cell(row, c, values.get(c), wrapped);
                }
            }
            int last = table.columns().size() - 1;
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, last));
            for (int c = 0; c <= last; c++) {
                sheet.setColumnWidth(c, Math.min(255, 4 + table.widths().get(c) * 4) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the XLSX workbook", e);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
