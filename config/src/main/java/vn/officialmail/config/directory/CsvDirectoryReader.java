package vn.officialmail.config.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a directory CSV file (RFC 4180): a header row naming the columns, then one agency, unit
 * or account per row, its {@code kind} column saying which. Columns: {@code kind, code, name,
 * agency, domains, abbreviation, mailbox, head, delegate, unit, address}, in any order, only those
 * needed. A UTF-8 byte order mark (Excel) is skipped, quoted fields may hold commas, quotes
 * ({@code ""}) and line breaks, a semicolon header makes semicolons the separator, and text is
 * normalised to NFC (names typed on macOS arrive decomposed). Sample:
 *
 * <pre>
 * kind,code,name,agency,domains,abbreviation,mailbox,head,delegate,unit,address
 * agency,BTP,Bộ Tư pháp,,moj.gov.vn,BTP,,,,,
 * unit,BTP-VP,"Văn phòng Bộ, Bộ Tư pháp",BTP,,VP,vanphong@moj.gov.vn,cvp@moj.gov.vn,,,
 * account,,Nguyễn Văn An,,,,,,,BTP-VP,nvan@moj.gov.vn
 * </pre>
 */
public final class CsvDirectoryReader {

    /** Bounds a hostile file: no field of a directory row is longer. */
    static final int MAX_FIELD = 4096;

    private CsvDirectoryReader() {}

    public static DirectoryEntries read(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        content = Normalizer.normalize(content, Normalizer.Form.NFC);
        List<Row> rows = new Parser(content, separator(content)).rows();
        if (rows.isEmpty()) {
            throw new DirectoryFormatException(DirectoryProblem.of("csv.no-header"));
        }
        List<String> header = header(rows.get(0));
        EntryCollector collector = new EntryCollector();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.fields().size() > header.size()) {
                collector.reject(
                        row.line(),
                        DirectoryProblem.of("csv.too-many-fields", row.fields().size(), header.size()));
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < row.fields().size(); i++) {
                fields.put(header.get(i), row.fields().get(i));
            }
            collector.add(row.line(), fields);
        }
        return collector.entries();
    }

    private static char separator(String content) {
        int end = content.indexOf('\n');
        String first = end < 0 ? content : content.substring(0, end);
        return first.indexOf(',') < 0 && first.indexOf(';') >= 0 ? ';' : ',';
    }

    private static List<String> header(Row row) {
        List<String> header = new ArrayList<>();
        for (String column : row.fields()) {
            String name = column.strip().toLowerCase(Locale.ROOT);
            if (!EntryCollector.FIELDS.contains(name)) {
                throw new DirectoryFormatException(
                        DirectoryProblem.of("csv.unknown-column", column.strip(), EntryCollector.FIELDS));
            }
            if (header.contains(name)) {
                throw new DirectoryFormatException(DirectoryProblem.of("csv.duplicate-column", name));
            }
            header.add(name);
        }
        if (!header.contains("kind")) {
            throw new DirectoryFormatException(DirectoryProblem.of("csv.no-kind", EntryCollector.FIELDS));
        }
        return header;
    }

    /** One record and the line it starts on. */
    private record Row(int line, List<String> fields) {}

    /** The RFC 4180 state machine; also takes LF-only line ends. */
    private static final class Parser {
        private final String text;
        private final char separator;
        private int position;
        private int line = 1;

        Parser(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            while (position < text.length()) {
                int start = line;
                rows.add(new Row(start, record(start)));
            }
            return rows;
        }

        private List<String> record(int start) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (quoted) {
                    if (c == '"') {
                        if (position < text.length() && text.charAt(position) == '"') {
                            field.append('"');
                            position++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        append(field, c, start);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n') {
                    line++;
                    break;
                } else if (c != '\r') {
                    append(field, c, start);
                }
            }
            if (quoted) {
                throw new DirectoryFormatException(DirectoryProblem.of("csv.unclosed-quote", start));
            }
            fields.add(field.toString());
            return fields;
        }

        private static void append(StringBuilder field, char c, int start) {
            if (field.length() >= MAX_FIELD) {
                throw new DirectoryFormatException(DirectoryProblem.of("csv.field-too-long", start, MAX_FIELD));
            }
            field.append(c);
        }
    }
}
