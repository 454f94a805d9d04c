package vn.officialmail.indexer.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.officialmail.indexer.extract.ExtractedPart.Outcome;

class TextExtractorTest {

    private static final String INVITATION = "Giấy mời họp giao ban. Đề nghị các đơn vị cử đại diện dự họp đúng giờ.";

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void extractShouldReadVietnameseWhenPlainTextIsUtf8() {
        ExtractedPart part = extractor
                .extract(INVITATION.getBytes(UTF_8), "giay-moi.txt", "text/plain")
                .attachment();

        assertThat(part.outcome()).isEqualTo(Outcome.OK);
        assertThat(part.text()).isEqualTo(INVITATION);
        assertThat(part.mediaType()).isEqualTo("text/plain");
        assertThat(part.reason()).isEmpty();
    }

    @Test
    void extractShouldDecodeAndComposeWhenDeclaredCharsetIsWindows1258() throws Exception {
        byte[] legacy = TestDocuments.windows1258(INVITATION);

        ExtractedPart part = extractor
                .extract(legacy, "giay-moi.txt", "text/plain; charset=windows-1258")
                .attachment();

        assertThat(legacy).hasSizeLessThan(INVITATION.getBytes(UTF_8).length);
        assertThat(part.outcome()).isEqualTo(Outcome.OK);
        assertThat(part.text()).isEqualTo(INVITATION);
    }

    @Test
    void extractShouldRecogniseWindows1258WhenNoCharsetIsDeclared() throws Exception {
        byte[] legacy = TestDocuments.windows1258(INVITATION);

        ExtractedPart undeclared =
                extractor.extract(legacy, "giay-moi.txt", "text/plain").attachment();
        ExtractedPart unnamed = extractor.extract(legacy, "", "").attachment();

        assertThat(undeclared.text()).isEqualTo(INVITATION);
        assertThat(unnamed.text()).isEqualTo(INVITATION);
        assertThat(unnamed.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void extractShouldKeepWestern1252WhenTextIsNotVietnamese() {
        byte[] french = "Réunion à Paris: l'équipe présentera le côté économique."
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        ExtractedPart part = extractor.extract(french, "note.txt", "text/plain").attachment();

        assertThat(part.text()).isEqualTo("Réunion à Paris: l'équipe présentera le côté économique.");
    }

    @Test
    void extractShouldComposeToNfcWhenTextIsDecomposed() {
        byte[] nfd = Normalizer.normalize(INVITATION, Normalizer.Form.NFD).getBytes(UTF_8);

        ExtractedPart part = extractor.extract(nfd, "giay-moi.txt", "").attachment();

        assertThat(part.text()).isEqualTo(INVITATION);
    }

    @Test
    void extractShouldKeepVisibleTextOnlyWhenContentIsHtml() {
        String html = "<html><head><meta charset=\"utf-8\"><title>Giấy mời</title>"
                + "<script>var an = 'không hiện';</script></head>"
                + "<body><p>Kính mời <b>đồng chí</b> dự họp.</p></body></html>";

        ExtractedPart part = extractor
                .extract(html.getBytes(UTF_8), "thu-moi.html", "text/html")
                .attachment();

        assertThat(part.outcome()).isEqualTo(Outcome.OK);
        assertThat(part.mediaType()).isEqualTo("text/html");
        assertThat(part.text()).contains("Kính mời đồng chí dự họp.").doesNotContain("không hiện");
    }

    @Test
    void extractShouldReadTextWhenPdfIsPlain() {
        byte[] pdf = TestDocuments.resource("002-trivial-libre-office-writer.pdf");

        ExtractedPart part = extractor
                .extract(pdf, "van-ban.pdf", "application/octet-stream")
                .attachment();

        assertThat(part.outcome()).isEqualTo(Outcome.OK);
        assertThat(part.mediaType()).isEqualTo("application/pdf");
        assertThat(part.text()).startsWith("Lorem ipsum dolor sit amet");
        assertThat(part.sha256()).isEqualTo("fc67ce4f76ffb44e818ebe4f673dbeb6002ad93a59f3856ff14fb1d3625f10a5");
    }

    @Test
    void extractShouldReportEncryptedWhenPdfNeedsPassword() {
        byte[] pdf = TestDocuments.resource("libreoffice-writer-password.pdf");

        ExtractedPart part =
                extractor.extract(pdf, "mat-khau.pdf", "application/pdf").attachment();

        assertThat(part.outcome()).isEqualTo(Outcome.ENCRYPTED);
        assertThat(part.text()).isEmpty();
        assertThat(part.mediaType()).isEqualTo("application/pdf");
        assertThat(part.reason()).contains("encrypted");
    }

    @Test
    void extractShouldReadTextWhenDocxIsPlain() throws Exception {
        ExtractedPart part = extractor
                .extract(TestDocuments.docx(INVITATION), "giay-moi.docx", "")
                .attachment();

        assertThat(part.outcome()).isEqualTo(Outcome.OK);
        assertThat(part.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(part.text()).isEqualTo(INVITATION);
    }

    @Test
    void extractShouldReportEncryptedWhenDocxNeedsPassword() throws Exception {
        byte[] docx = TestDocuments.encryptedDocx(INVITATION, "bi-mat");

        ExtractedPart part = extractor.extract(docx, "giay-moi.docx", "").attachment();

        assertThat(part.outcome()).isEqualTo(Outcome.ENCRYPTED);
        assertThat(part.text()).isEmpty();
    }

    @Test
    void extractShouldReadUnicodeEscapesWhenContentIsRtf() {
        String rtf =
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0 Gi\\u7845?y m\\u7901?i h\\u7885?p\\par}";

        ExtractedPart part = extractor
                .extract(rtf.getBytes(UTF_8), "giay-moi.rtf", "application/rtf")
                .attachment();

        assertThat(part.outcome()).isEqualTo(Outcome.OK);
        assertThat(part.text()).isEqualTo("Giấy mời họp");
    }

    @Test
    void extractShouldFailWithReasonWhenGarbageIsDeclaredPdf() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);

        ExtractedPart part =
                extractor.extract(garbage, "van-ban.pdf", "application/pdf").attachment();

        assertThat(part.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(part.text()).isEmpty();
        assertThat(part.mediaType()).isEqualTo("application/pdf");
        assertThat(part.reason()).isNotBlank().contains("Exception");
    }

    @Test
    void extractShouldCutTextWhenOverCharacterLimitButNotWhenAtIt() {
        TextExtractor limited = new TextExtractor(new ExtractionLimits(1_000, 10));

        ExtractedPart under = limited.extract("abcdefghi".getBytes(UTF_8), "a.txt", "text/plain")
                .attachment();
        ExtractedPart at = limited.extract("abcdefghij".getBytes(UTF_8), "a.txt", "text/plain")
                .attachment();
        ExtractedPart over = limited.extract("abcdefghijk lmn".getBytes(UTF_8), "a.txt", "text/plain")
                .attachment();

        assertThat(under.outcome()).isEqualTo(Outcome.OK);
        assertThat(at.outcome()).isEqualTo(Outcome.OK);
        assertThat(at.text()).isEqualTo("abcdefghij");
        assertThat(over.outcome()).isEqualTo(Outcome.TRUNCATED);
        assertThat(over.text()).isEqualTo("abcdefghij");
        assertThat(over.reason()).isEqualTo("text longer than 10 characters was cut");
    }

    @Test
    void extractShouldFailWithoutParsingWhenOverByteLimitButNotWhenAtIt() {
        TextExtractor limited = new TextExtractor(new ExtractionLimits(10, 1_000));

        ExtractedPart at = limited.extract("0123456789".getBytes(UTF_8), "a.txt", "text/plain")
                .attachment();
        ExtractedPart over = limited.extract("0123456789A".getBytes(UTF_8), "a.txt", "text/plain")
                .attachment();

        assertThat(at.outcome()).isEqualTo(Outcome.OK);
        assertThat(over.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(over.reason()).isEqualTo("content is 11 bytes, over the limit of 10");
        assertThat(over.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void extractShouldHashContentWhenContentIsEmpty() {
        ExtractedPart part = extractor.extract(new byte[0], "", "").attachment();

        assertThat(part.text()).isEmpty();
        assertThat(part.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void extractShouldNeverThrowWhenContentIsBrokenOrRandom() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("TextExtractorTest seed: -Dtests.seed=" + seed);
        Random random = new Random(seed);
        byte[] pdf = TestDocuments.resource("002-trivial-libre-office-writer.pdf");
        List<String> declared = List.of(
                "application/pdf",
                "application/msword",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.text",
                "application/rtf",
                "text/html",
                "text/plain; charset=bogus-charset",
                "not a media type",
                "");

        for (int i = 0; i < 40; i++) {
            byte[] content = i % 2 == 0
                    ? Arrays.copyOf(pdf, random.nextInt(pdf.length))
                    : randomBytes(random, random.nextInt(8192));
            String type = declared.get(random.nextInt(declared.size()));

            assertThatCode(() -> extractor.extract(content, "x", type))
                    .as("seed %d, round %d, declared '%s'", seed, i, type)
                    .doesNotThrowAnyException();
        }
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
