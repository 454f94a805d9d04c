package vn.officialmail.indexer.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Extraction throughput (issue: indexer; docs/BENCHMARKS.md "Extraction"): Tika's MB/s on PDFs and
 * DOCX made from the real documents of the classifier's corpus, against poppler's {@code pdftotext}
 * on the same PDFs in the same run; and Tesseract's seconds per scanned A4 page at 200 dpi. One
 * thread, in process (the gateway runs the same parser in worker processes). Run by
 * {@code bench/extraction-load.sh}; arguments: documents folder, rounds.
 */
public final class ExtractionLoad {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final int LINES_PER_PAGE = 48;
    private static final int CHARS_PER_LINE = 95;

    private ExtractionLoad() {}

    public static void main(String[] args) throws Exception {
        Path documents = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(documents)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Path work = Files.createTempDirectory("om-extraction-bench");
        List<Path> pdfs = new ArrayList<>();
        List<byte[]> pdfBytes = new ArrayList<>();
        List<byte[]> docxBytes = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            byte[] pdf = pdf(texts.get(i));
            Path file = work.resolve("doc-" + i + ".pdf");
            Files.write(file, pdf);
            pdfs.add(file);
            pdfBytes.add(pdf);
            docxBytes.add(docx(texts.get(i)));
        }
        long pdfTotal = pdfBytes.stream().mapToLong(b -> b.length).sum();
        long docxTotal = docxBytes.stream().mapToLong(b -> b.length).sum();
        System.out.printf(
                "# %d documents: PDF %.1f MB, DOCX %.1f MB; %d cores; %s%n",
                texts.size(),
                pdfTotal / 1e6,
                docxTotal / 1e6,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"));

        try (TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults(), OcrSettings.defaults())) {
            extractAll(extractor, pdfBytes, "pdf"); // warm-up
            extractAll(extractor, docxBytes, "docx");
            List<Double> tikaPdf = new ArrayList<>();
            List<Double> poppler = new ArrayList<>();
            List<Double> tikaDocx = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                tikaPdf.add(pdfTotal / 1e6 / extractAll(extractor, pdfBytes, "pdf"));
                poppler.add(pdfTotal / 1e6 / pdftotextAll(pdfs));
                tikaDocx.add(docxTotal / 1e6 / extractAll(extractor, docxBytes, "docx"));
                System.out.printf(
                        "round %d: Tika PDF %.2f MB/s, pdftotext %.2f MB/s, Tika DOCX %.2f MB/s%n",
                        r, tikaPdf.getLast(), poppler.getLast(), tikaDocx.getLast());
            }
            System.out.printf(
                    "median: Tika PDF %.2f MB/s, pdftotext %.2f MB/s (Tika/pdftotext %.2f), Tika DOCX %.2f MB/s%n",
                    median(tikaPdf), median(poppler), median(tikaPdf) / median(poppler), median(tikaDocx));

            byte[] scan = ScannedPages.png(firstLines(texts.get(0), 30));
            List<Double> ocr = new ArrayList<>();
            for (int r = 0; r <= rounds; r++) {
                long start = System.nanoTime();
                Extraction extraction = extractor.extract(scan, "trang-quet.png", "image/png");
                double seconds = (System.nanoTime() - start) / 1e9;
                if (r > 0) { // the first page loads Tesseract's language data
                    ocr.add(seconds);
                }
                System.out.printf(
                        "OCR page %d: %.2f s, %d characters, outcome %s%n",
                        r,
                        seconds,
                        extraction.text().length(),
                        extraction.attachment().outcome());
            }
            System.out.printf("median: OCR %.2f s per A4 page at 200 dpi%n", median(ocr));
        }
    }

    private static double extractAll(TextExtractor extractor, List<byte[]> files, String extension) {
        long start = System.nanoTime();
        long characters = 0;
        for (int i = 0; i < files.size(); i++) {
            Extraction extraction = extractor.extract(files.get(i), "van-ban-" + i + "." + extension, "");
            characters += extraction.text().length();
        }
        if (characters == 0) {
            throw new IllegalStateException("no text extracted from the " + extension + " files");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double pdftotextAll(List<Path> pdfs) throws IOException, InterruptedException {
        long start = System.nanoTime();
        for (Path pdf : pdfs) {
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            try (InputStream out = process.getInputStream()) {
                out.transferTo(OutputStreamSink.INSTANCE);
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pdftotext failed on " + pdf);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Discards what it is given: pdftotext's text is read, as a caller would, and dropped. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String rest = paragraph.strip();
            while (rest.length() > CHARS_PER_LINE) {
                int cut = rest.lastIndexOf(' ', CHARS_PER_LINE);
                cut = cut <= 0 ? CHARS_PER_LINE : cut;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).strip();
            }
            lines.add(rest);
        }
        return lines;
    }

    private static List<String> firstLines(String text, int count) {
        List<String> all = lines(text);
        return all.subList(0, Math.min(count, all.size()));
    }

    // A text PDF in DejaVu Sans, A4, as a word processor exports it.
    private static byte[] pdf(String text) throws IOException {
        List<String> lines = lines(text);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(document, FONT.toFile());
            for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(15);
                    content.newLineAtOffset(56, 790);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE))) {
                        content.showText(printable(line));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    // Symbol-font bullets of the source (private use area) and control characters have no glyph.
    private static String printable(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints()
                .forEach(c -> out.appendCodePoint(
                        Character.isISOControl(c) || (c >= 0xE000 && c <= 0xF8FF) || c > 0xFFFF ? ' ' : c));
        return out.toString();
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : text.split("\n")) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
