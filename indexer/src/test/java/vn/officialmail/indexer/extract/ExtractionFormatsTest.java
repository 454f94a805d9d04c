package vn.officialmail.indexer.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import vn.officialmail.indexer.extract.ExtractedPart.Outcome;
import vn.officialmail.indexer.extract.TestDocuments.MimeAttachment;

/** Every format the issue names, archives and nested messages, in process (the parsing is the same in a worker). */
class ExtractionFormatsTest {

    private static final String INVITATION = "Giấy mời họp giao ban. Đề nghị các đơn vị cử đại diện dự họp đúng giờ.";

    private static final TextExtractor EXTRACTOR = new TextExtractor();

    @Test
    void extractShouldReadCellsWhenSpreadsheetIsXlsxOrXls() throws Exception {
        ExtractedPart xlsx = EXTRACTOR
                .extract(TestDocuments.xlsx("Danh sách cán bộ", "Nguyễn Văn Đức"), "ds.xlsx", "")
                .attachment();
        ExtractedPart xls = EXTRACTOR
                .extract(TestDocuments.xls("Danh sách cán bộ", "Nguyễn Văn Đức"), "ds.xls", "")
                .attachment();

        assertThat(xlsx.outcome()).isEqualTo(Outcome.OK);
        assertThat(xlsx.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.text()).contains("Danh sách cán bộ", "Nguyễn Văn Đức");
        assertThat(xls.outcome()).isEqualTo(Outcome.OK);
        assertThat(xls.mediaType()).isEqualTo("application/vnd.ms-excel");
        assertThat(xls.text()).contains("Danh sách cán bộ", "Nguyễn Văn Đức");
    }

    @Test
    void extractShouldReadTextWhenDocumentIsOdtOrOds() throws Exception {
        ExtractedPart odt = EXTRACTOR
                .extract(TestDocuments.odt(INVITATION), "giay-moi.odt", "")
                .attachment();
        ExtractedPart ods = EXTRACTOR
                .extract(TestDocuments.ods("Kế hoạch năm 2026"), "ke-hoach.ods", "")
                .attachment();

        assertThat(odt.outcome()).isEqualTo(Outcome.OK);
        assertThat(odt.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(odt.text()).isEqualTo(INVITATION);
        assertThat(odt.language()).isEqualTo("vi");
        assertThat(ods.mediaType()).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(ods.text()).contains("Kế hoạch năm 2026");
    }

    @Test
    void extractShouldReportPagesAndPropertiesWhenPdfHasThem() {
        ExtractedPart pdf = EXTRACTOR
                .extract(TestDocuments.resource("002-trivial-libre-office-writer.pdf"), "a.pdf", "")
                .attachment();

        assertThat(pdf.properties().pageCount()).isEqualTo(1);
        assertThat(pdf.properties().created()).isNotNull();
        assertThat(pdf.language()).isEmpty(); // Latin filler text is neither Vietnamese nor English
    }

    @Test
    void extractShouldMakeEachEntryAPartWhenAttachmentIsZip() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Giấy mời.docx", TestDocuments.docx(INVITATION));
        entries.put("phụ lục/Danh sách.xlsx", TestDocuments.xlsx("Nguyễn Văn Đức"));
        entries.put("ghi chú.txt", "Họp lúc 8 giờ".getBytes(UTF_8));
        byte[] zip = TestDocuments.zip(entries);

        Extraction extraction = EXTRACTOR.extract(zip, "hồ sơ.zip", "application/zip");

        assertThat(extraction.attachment().mediaType()).isEqualTo("application/zip");
        assertThat(extraction.attachment().outcome()).isEqualTo(Outcome.OK);
        assertThat(extraction.parts()).hasSize(4);
        assertThat(extraction.parts())
                .extracting(ExtractedPart::path)
                .containsExactly(
                        "hồ sơ.zip",
                        "hồ sơ.zip/Giấy mời.docx",
                        "hồ sơ.zip/phụ lục/Danh sách.xlsx",
                        "hồ sơ.zip/ghi chú.txt");
        ExtractedPart docx = extraction.parts().get(1);
        assertThat(docx.depth()).isEqualTo(1);
        assertThat(docx.text()).isEqualTo(INVITATION);
        assertThat(docx.sha256()).isEqualTo(Sha256.hex(entries.get("Giấy mời.docx")));
        assertThat(extraction.text()).contains(INVITATION, "Nguyễn Văn Đức", "Họp lúc 8 giờ");
    }

    @Test
    void extractShouldDecodeNamesWhenNestedMessageUsesRfc2047AndRfc2231() throws Exception {
        byte[] inner = TestDocuments.message(
                "Công văn đến",
                "Kính gửi các đơn vị.",
                List.of(
                        new MimeAttachment(
                                "Content-Type: text/plain; charset=UTF-8\r\nContent-Disposition: attachment; filename*="
                                        + TestDocuments.rfc2231("Giấy mời họp.txt"),
                                INVITATION.getBytes(UTF_8),
                                true),
                        new MimeAttachment(
                                "Content-Type: text/plain; charset=UTF-8; name=\"=?UTF-8?B?"
                                        + TestDocuments.b64("Báo cáo tháng.txt") + "?=\"\r\n"
                                        + "Content-Disposition: attachment; filename=\"=?UTF-8?B?"
                                        + TestDocuments.b64("Báo cáo tháng.txt") + "?=\"",
                                "Số liệu tháng 11".getBytes(UTF_8),
                                true)));

        Extraction extraction =
                EXTRACTOR.extract(inner, "=?UTF-8?B?" + TestDocuments.b64("Thư chuyển tiếp.eml") + "?=", "");

        assertThat(extraction.attachment().path()).isEqualTo("Thư chuyển tiếp.eml");
        assertThat(extraction.attachment().mediaType()).isEqualTo("message/rfc822");
        assertThat(extraction.attachment().properties().title()).isEqualTo("Công văn đến");
        assertThat(extraction.parts())
                .extracting(ExtractedPart::path)
                .contains("Thư chuyển tiếp.eml/Giấy mời họp.txt", "Thư chuyển tiếp.eml/Báo cáo tháng.txt");
        assertThat(extraction.text()).contains("Kính gửi các đơn vị.", INVITATION, "Số liệu tháng 11");
    }

    @Test
    void extractShouldReachTheInnermostTextWhenMessageIsNestedTenLevels() {
        byte[] message = TestDocuments.nestedMessage(10, "Nội dung gốc ở tầng sâu nhất");

        Extraction extraction = EXTRACTOR.extract(message, "chuyen-tiep.eml", "message/rfc822");

        assertThat(extraction.parts())
                .allSatisfy(part -> assertThat(part.outcome()).isEqualTo(Outcome.OK));
        assertThat(extraction.parts().stream().mapToInt(ExtractedPart::depth).max())
                .hasValue(9);
        assertThat(extraction.text()).contains("Nội dung gốc ở tầng sâu nhất", "Chuyển tiếp cấp 10");
    }

    @Test
    void extractShouldNotOpenEntriesWhenDeeperThanTheLimit() {
        TextExtractor shallow = new TextExtractor(ExtractionLimits.defaults().withMaxDepth(3));
        byte[] message = TestDocuments.nestedMessage(6, "Nội dung gốc ở tầng sâu nhất");

        Extraction extraction = shallow.extract(message, "chuyen-tiep.eml", "message/rfc822");

        assertThat(extraction.text()).doesNotContain("Nội dung gốc ở tầng sâu nhất");
        ExtractedPart refused = extraction.parts().stream()
                .filter(part -> part.outcome() == Outcome.FAILED)
                .findFirst()
                .orElseThrow();
        assertThat(refused.depth()).isEqualTo(4);
        assertThat(refused.reason()).isEqualTo("nested deeper than 3 levels: not opened");
        assertThat(extraction.parts().stream().mapToInt(ExtractedPart::depth).max())
                .hasValue(4);
    }

    @Test
    void extractShouldStopUnpackingWhenZipExpandsBeyondTheRatio() throws Exception {
        byte[] bomb = TestDocuments.zipBomb(5, 20); // 100 MiB of zeros

        long start = System.nanoTime();
        Extraction extraction = EXTRACTOR.extract(bomb, "bom.zip", "application/zip");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(bomb.length).isLessThan(200_000);
        List<ExtractedPart> entries =
                extraction.parts().subList(1, extraction.parts().size());
        assertThat(entries).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(entry.reason()).contains("(ZIP bomb?)").contains("100 times");
        });
        assertThat(millis).isLessThan(30_000);
    }

    @Test
    void extractShouldKeepSmallArchivesWhenUnderTheRatio() throws Exception {
        byte[] zip = TestDocuments.zip(Map.of("ghi chú.txt", "Họp lúc 8 giờ".getBytes(UTF_8)));

        Extraction extraction =
                new TextExtractor(ExtractionLimits.defaults().withMaxExpansionRatio(1)).extract(zip, "a.zip", "");

        assertThat(extraction.parts().get(1).outcome()).isEqualTo(Outcome.OK);
        assertThat(extraction.parts().get(1).text()).isEqualTo("Họp lúc 8 giờ");
    }

    @Test
    void extractShouldReportEncryptedEntryWhenZipHoldsEncryptedPdf() throws Exception {
        byte[] zip = TestDocuments.zip(Map.of("mật.pdf", TestDocuments.resource("libreoffice-writer-password.pdf")));

        Extraction extraction = EXTRACTOR.extract(zip, "a.zip", "");

        assertThat(extraction.parts().get(1).path()).isEqualTo("a.zip/mật.pdf");
        assertThat(extraction.parts().get(1).outcome()).isEqualTo(Outcome.ENCRYPTED);
    }

    @Test
    void extractShouldReportEncryptedWhenZipNeedsPassword() {
        byte[] zip = ZipCrypto.encryptedZip("Giấy mời.txt", INVITATION.getBytes(UTF_8), "bi-mat");

        Extraction extraction = EXTRACTOR.extract(zip, "mật.zip", "application/zip");

        assertThat(extraction.attachment().mediaType()).isEqualTo("application/zip");
        assertThat(extraction.attachment().outcome()).isEqualTo(Outcome.ENCRYPTED);
        assertThat(extraction.attachment().reason()).isEqualTo("password-protected ZIP entries: Giấy mời.txt");
        assertThat(extraction.text()).doesNotContain("Giấy mời họp");
    }

    @Test
    void extractShouldOpenTheAttachmentWhenItIsOutlookWinmailDat() throws Exception {
        byte[] winmail = Tnef.winmail("Giay moi.docx", TestDocuments.docx(INVITATION));

        Extraction extraction = EXTRACTOR.extract(winmail, "winmail.dat", "application/ms-tnef");

        assertThat(extraction.attachment().mediaType()).isEqualTo("application/vnd.ms-tnef");
        assertThat(extraction.parts()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(extraction.text()).contains(INVITATION);
    }

    @Test
    void extractShouldMakeEachEntryAPartWhenArchiveIsTarGzOr7z() throws Exception {
        byte[] text = "Họp lúc 8 giờ".getBytes(UTF_8);
        ByteArrayOutputStream tgz = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(tgz))) {
            TarArchiveEntry entry = new TarArchiveEntry("ghi-chu.txt");
            entry.setSize(text.length);
            tar.putArchiveEntry(entry);
            tar.write(text);
            tar.closeArchiveEntry();
        }
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (SevenZOutputFile sevenZ = new SevenZOutputFile(channel)) {
            SevenZArchiveEntry entry = new SevenZArchiveEntry();
            entry.setName("ghi-chu.txt");
            entry.setLastModifiedTime(FileTime.from(Instant.parse("2026-11-24T02:00:00Z"))); // as 7-Zip writes
            sevenZ.putArchiveEntry(entry);
            sevenZ.write(text);
            sevenZ.closeArchiveEntry();
        }
        byte[] sevenZBytes = Arrays.copyOf(channel.array(), (int) channel.size());

        Extraction fromTgz = EXTRACTOR.extract(tgz.toByteArray(), "ho-so.tar.gz", "");
        Extraction from7z = EXTRACTOR.extract(sevenZBytes, "ho-so.7z", "");

        assertThat(fromTgz.text()).contains("Họp lúc 8 giờ");
        assertThat(fromTgz.parts()).extracting(ExtractedPart::path).contains("ho-so.tar.gz/ho-so.tar/ghi-chu.txt");
        assertThat(from7z.attachment().mediaType()).isEqualTo("application/x-7z-compressed");
        assertThat(from7z.attachment().outcome())
                .as(from7z.attachment().reason())
                .isEqualTo(Outcome.OK);
        assertThat(from7z.parts()).extracting(ExtractedPart::path).containsExactly("ho-so.7z", "ho-so.7z/ghi-chu.txt");
        assertThat(from7z.parts().get(1).text()).isEqualTo("Họp lúc 8 giờ");
    }
}
