package vn.officialmail.indexer.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.officialmail.indexer.extract.ExtractedPart.Outcome;

/**
 * OCR of scanned pages with Tesseract and its Vietnamese pack ({@code .ci/run} installs them). These
 * tests fail, never skip, when Tesseract is missing: the outcome is then OCR_UNAVAILABLE, not OK.
 */
class OcrExtractionTest {

    private static final List<String> PAGE = List.of(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "GIẤY MỜI",
            "Kính mời đồng chí đến dự cuộc họp giao ban",
            "Thời gian: tám giờ sáng thứ Hai");

    private static final OcrSettings OCR = new OcrSettings(OcrSettings.DEFAULT_TESSERACT, "vie", ScannedPages.DPI);

    @Test
    void extractShouldRecoverVietnameseWordsWhenScannedPdfHasNoTextLayer() throws Exception {
        TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults(), OCR);

        ExtractedPart part = extractor
                .extract(ScannedPages.pdf(PAGE), "giay-moi-scan.pdf", "application/pdf")
                .attachment();

        assertThat(part.outcome()).as(part.reason()).isEqualTo(Outcome.OK);
        assertThat(part.mediaType()).isEqualTo("application/pdf");
        assertThat(part.text()).isEqualTo(Normalizer.normalize(part.text(), Normalizer.Form.NFC));
        assertThat(part.text()).contains("Độc lập", "Hạnh phúc", "GIẤY MỜI", "Kính mời đồng chí", "giao ban");
        assertThat(part.language()).isEqualTo("vi");
        assertThat(part.properties().pageCount()).isEqualTo(1);
    }

    @Test
    void extractShouldMarkImagesAndKeepOtherEntriesWhenTesseractIsMissing() throws Exception {
        OcrSettings missing = new OcrSettings(Path.of("/nonexistent/bin/tesseract"), "vie", ScannedPages.DPI);
        TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults(), missing);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ban-chup.png", ScannedPages.png(PAGE));
        entries.put("ban-chup.pdf", ScannedPages.pdf(PAGE));
        entries.put("giay-moi.docx", TestDocuments.docx("Kính mời đồng chí dự họp."));
        entries.put("ghi-chu.txt", "Họp lúc 8 giờ".getBytes(UTF_8));

        Extraction extraction = extractor.extract(TestDocuments.zip(entries), "ho-so.zip", "application/zip");

        assertThat(extractor.ocrUnavailable()).hasValueSatisfying(reason -> assertThat(reason)
                .isEqualTo("OCR unavailable: Tesseract not found at /nonexistent/bin/tesseract"
                        + " (Debian package tesseract-ocr)"));
        assertThat(extraction.parts()).hasSize(5);
        ExtractedPart png = extraction.parts().get(1);
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.outcome()).isEqualTo(Outcome.OCR_UNAVAILABLE);
        assertThat(png.reason()).startsWith("OCR unavailable: Tesseract not found");
        assertThat(extraction.parts().get(2).outcome()).isEqualTo(Outcome.OCR_UNAVAILABLE);
        assertThat(extraction.parts().get(3).outcome()).isEqualTo(Outcome.OK);
        assertThat(extraction.parts().get(3).text()).isEqualTo("Kính mời đồng chí dự họp.");
        assertThat(extraction.parts().get(4).text()).isEqualTo("Họp lúc 8 giờ");
        assertThat(extraction.attachment().outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void extractShouldReadAnImageWhenTesseractIsInstalled() throws Exception {
        TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults(), OCR);

        ExtractedPart part =
                extractor.extract(ScannedPages.png(PAGE), "anh.png", "").attachment();

        assertThat(part.outcome()).as(part.reason()).isEqualTo(Outcome.OK);
        assertThat(part.mediaType()).isEqualTo("image/png");
        assertThat(part.text()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tự do");
    }
}
