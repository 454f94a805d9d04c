package vn.officialmail.gateway.rendering;

import java.text.Normalizer;
import java.util.List;

/**
 * A printable table: a title block, column headers with relative widths, and rows of text. Every
 * text is normalised to NFC on the way in, so decomposed input prints as the same glyphs.
 *
 * @param title the heading, e.g. "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"
 * @param subtitles lines under the title (agency, period)
 * @param columns the column headers
 * @param widths each column's relative width
 * @param rows the rows, each with one cell per column
 */
public record Table(
        String title, List<String> subtitles, List<String> columns, List<Integer> widths, List<List<String>> rows) {

    public Table {
        if (columns.isEmpty() || columns.size() != widths.size()) {
            throw new IllegalArgumentException("a table needs columns, each with a width");
        }
        title = nfc(title);
        subtitles = subtitles.stream().map(Table::nfc).toList();
        columns = columns.stream().map(Table::nfc).toList();
        widths = List.copyOf(widths);
        int count = columns.size();
        rows = rows.stream()
                .map(row -> {
                    if (row.size() != count) {
                        throw new IllegalArgumentException(
                                "a row has " + row.size() + " cells, the table " + count + " columns");
                    }
                    return row.stream().map(Table::nfc).toList();
                })
                .toList();
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
