package vn.officialmail.gateway.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.officialmail.indexer.extract.TextExtractor;

/** The gateway's extraction as ExtractContent runs it: in a worker process, every part of a ZIP. */
class ContentExtractionIT {

    private static TextExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = ExtractionWorkers.isolatedExtractor();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void textsShouldJoinEntriesAndNameTheBrokenOneWhenAttachmentIsZip() throws Exception {
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
            zip.putNextEntry(new ZipEntry("ghi chú.txt"));
            zip.write("Họp lúc 8 giờ tại phòng họp số 2".getBytes(UTF_8));
            zip.putNextEntry(new ZipEntry("hỏng.pdf"));
            zip.write(garbage);
        }
        String raw = "From: vanthu@moj.gov.vn\r\nTo: lanhdao@moj.gov.vn\r\nSubject: Ho so\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nKính gửi.\r\n--b\r\n"
                + "Content-Type: application/zip\r\n"
                + "Content-Disposition: attachment; filename*=UTF-8''h%E1%BB%93%20s%C6%A1.zip\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(zipBytes.toByteArray()) + "\r\n--b--\r\n";
        MimeMessage message =
                new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(UTF_8)));
        ContentExtraction extraction = new ContentExtraction(extractor);

        Map<Integer, AttachmentText> texts = extraction.texts(extraction.read(message));

        assertThat(texts).hasSize(1);
        AttachmentText zip = texts.get(0);
        assertThat(zip.mediaType()).isEqualTo("application/zip");
        assertThat(zip.outcome()).isEqualTo("ok");
        assertThat(zip.text()).contains("Họp lúc 8 giờ tại phòng họp số 2");
        assertThat(zip.reason()).startsWith("hồ sơ.zip/hỏng.pdf: failed, ");
    }
}
