package vn.officialmail.gateway.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a {@link Table} as a landscape A4 PDF with DejaVu Sans embedded (subset), so Vietnamese
 * prints the same everywhere: the title block on the first page, the header repeated on every
 * page, cells wrapped, and "Trang i/n" at the foot. A character the font lacks prints as "?"
 * rather than failing the whole document.
 */
public final class PdfTables {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float CELL_SIZE = 8;
    private static final float HEADER_SIZE = 8.5f;
    private static final float TITLE_SIZE = 13;
    private static final float PADDING = 3;
    private static final float FOOTER = 18;
    private static final int MAX_LINES = 40;

    private PdfTables() {}

    public static byte[] render(Table table) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Fonts fonts = new Fonts(font(document, "DejaVuSans.ttf"), font(document, "DejaVuSans-Bold.ttf"));
            new Layout(document, fonts, table).draw();
            footers(document, fonts.regular());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the PDF", e);
        }
    }

    private static PDType0Font font(PDDocument document, String name) throws IOException {
        try (InputStream in = PdfTables.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IOException("font " + name + " is missing from the application");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private static void footers(PDDocument document, PDType0Font font) throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream content =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = "Trang " + (i + 1) + "/" + total;
                float width = font.getStringWidth(text) / 1000 * CELL_SIZE;
                content.beginText();
                content.setFont(font, CELL_SIZE);
                content.newLineAtOffset(PAGE.getWidth() - MARGIN - width, MARGIN / 2);
                content.showText(text);
                content.endText();
            }
        }
    }

    private record Fonts(PDType0Font regular, PDType0Font bold) {}

    /** Places the table on as many pages as it needs. */
    private static final class Layout {

        private final PDDocument document;
        private final Fonts fonts;
        private final Table table;
        private final float[] widths;
        private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document, Fonts fonts, Table table) {
            this.document = document;
            this.fonts = fonts;
            this.table = table;
            float usable = PAGE.getWidth() - 2 * MARGIN;
            int sum = table.widths().stream().mapToInt(Integer::intValue).sum();
            widths = new float[table.widths().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = usable * table.widths().get(i) / sum;
            }
        }

        void draw() throws IOException {
            newPage();
            line(table.title(), fonts.bold(), TITLE_SIZE);
            for (String subtitle : table.subtitles()) {
                line(subtitle, fonts.regular(), CELL_SIZE + 1);
            }
            y -= 6;
            row(table.columns(), fonts.bold(), HEADER_SIZE);
            for (List<String> cells : table.rows()) {
                List<List<String>> wrapped = wrap(cells, fonts.regular(), CELL_SIZE);
                if (y - height(wrapped, CELL_SIZE) < MARGIN + FOOTER) {
                    newPage();
                    row(table.columns(), fonts.bold(), HEADER_SIZE);
                }
                drawRow(wrapped, fonts.regular(), CELL_SIZE);
            }
            content.close();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.setLineWidth(0.5f);
            y = PAGE.getHeight() - MARGIN;
        }

        private void line(String text, PDType0Font font, float size) throws IOException {
            y -= size * 1.3f;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(printable(text, font));
            content.endText();
        }

        private void row(List<String> cells, PDType0Font font, float size) throws IOException {
            drawRow(wrap(cells, font, size), font, size);
        }

        private void drawRow(List<List<String>> wrapped, PDType0Font font, float size) throws IOException {
            float height = height(wrapped, size);
            float x = MARGIN;
            for (int c = 0; c < wrapped.size(); c++) {
                content.addRect(x, y - height, widths[c], height);
                content.stroke();
                float lineY = y - PADDING - size;
                for (String text : wrapped.get(c)) {
                    content.beginText();
                    content.setFont(font, size);
                    content.newLineAtOffset(x + PADDING, lineY);
                    content.showText(text);
                    content.endText();
                    lineY -= size * 1.2f;
                }
                x += widths[c];
            }
            y -= height;
        }

        private static float height(List<List<String>> wrapped, float size) {
            int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
            return Math.max(1, lines) * size * 1.2f + 2 * PADDING;
        }

        private List<List<String>> wrap(List<String> cells, PDType0Font font, float size) throws IOException {
            List<List<String>> wrapped = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) {
                List<String> lines = wrapCell(printable(cells.get(c), font), font, size, widths[c] - 2 * PADDING);
                if (lines.size() > MAX_LINES) {
                    // A row must fit on a page: an overlong cell is cut, the full text is in the XLSX.
                    lines = new ArrayList<>(lines.subList(0, MAX_LINES));
                    lines.set(MAX_LINES - 1, lines.get(MAX_LINES - 1) + " …");
                }
                wrapped.add(lines);
            }
            return wrapped;
        }

        private static List<String> wrapCell(String text, PDType0Font font, float size, float width)
                throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                StringBuilder current = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = current.isEmpty() ? word : current + " " + word;
                    if (width(candidate, font, size) <= width) {
                        current.setLength(0);
                        current.append(candidate);
                        continue;
                    }
                    if (!current.isEmpty()) {
                        lines.add(current.toString());
                        current.setLength(0);
                    }
                    // A word wider than the column is cut where it must be, measured char by char.
                    StringBuilder piece = new StringBuilder();
                    float pieceWidth = 0;
                    for (int i = 0; i < word.length(); ) {
                        int cp = word.codePointAt(i);
                        String ch = new String(Character.toChars(cp));
                        float w = width(ch, font, size);
                        if (pieceWidth + w > width && !piece.isEmpty()) {
                            lines.add(piece.toString());
                            piece.setLength(0);
                            pieceWidth = 0;
                        }
                        piece.append(ch);
                        pieceWidth += w;
                        i += Character.charCount(cp);
                    }
                    current.append(piece);
                }
                lines.add(current.toString());
            }
            return lines;
        }

        private static float width(String text, PDType0Font font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The text with controls as spaces and characters the font cannot show as "?". */
        private String printable(String text, PDType0Font font) {
            Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder out = new StringBuilder(text.length());
            text.replace("\r\n", "\n").codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                    out.append(' ');
                } else if (known.computeIfAbsent(cp, c -> canShow(font, c))) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private static boolean canShow(PDType0Font font, int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
