package vn.officialmail.indexer.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerProtocolTest {

    private static final ExtractionLimits LIMITS = new ExtractionLimits(1_000, 100, 4, 10, 5, Duration.ofSeconds(3));

    @Test
    void responseShouldComeBackEqualWhenWrittenAndRead() throws Exception {
        List<ExtractedPart> parts = List.of(
                new ExtractedPart(
                        "hồ sơ.zip",
                        0,
                        "",
                        "application/zip",
                        "",
                        DocumentProperties.NONE,
                        ExtractedPart.Outcome.OK,
                        "",
                        "ab"),
                new ExtractedPart(
                        "hồ sơ.zip/Giấy mời.docx",
                        1,
                        "Kính mời",
                        "application/msword",
                        "vi",
                        new DocumentProperties("Giấy mời", "Văn thư", Instant.parse("2026-11-24T02:00:00Z"), null, 2),
                        ExtractedPart.Outcome.TRUNCATED,
                        "text longer than 100 characters was cut",
                        "cd"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorkerProtocol.writeResponse(new DataOutputStream(bytes), parts);

        List<ExtractedPart> read =
                WorkerProtocol.readResponse(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), LIMITS);

        assertThat(read).isEqualTo(parts);
    }

    @Test
    void requestShouldComeBackEqualAndEndShouldBeNull() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorkerProtocol.writeRequest(new DataOutputStream(bytes), "Họp".getBytes(UTF_8), "a.txt", "text/plain");
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));

        WorkerProtocol.Request request = WorkerProtocol.readRequest(in, LIMITS);

        assertThat(new String(request.content(), UTF_8)).isEqualTo("Họp");
        assertThat(request.fileName()).isEqualTo("a.txt");
        assertThat(request.mediaType()).isEqualTo("text/plain");
        assertThat(WorkerProtocol.readRequest(in, LIMITS)).isNull();
    }

    @Test
    void readResponseShouldRefuseWhenWorkerClaimsMorePartsOrTextThanTheLimits() throws Exception {
        ByteArrayOutputStream tooMany = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(tooMany);
        out.writeInt(WorkerProtocol.RESPONSE);
        out.writeInt(6);

        assertThatIOException()
                .isThrownBy(() -> WorkerProtocol.readResponse(
                        new DataInputStream(new ByteArrayInputStream(tooMany.toByteArray())), LIMITS))
                .withMessage("worker reported 6 parts, limit 5");

        ByteArrayOutputStream hugeText = new ByteArrayOutputStream();
        out = new DataOutputStream(hugeText);
        out.writeInt(WorkerProtocol.RESPONSE);
        out.writeInt(1);
        WorkerProtocol.writeString(out, "a");
        out.writeInt(0);
        out.writeInt(Integer.MAX_VALUE); // text length

        assertThatIOException()
                .isThrownBy(() -> WorkerProtocol.readResponse(
                        new DataInputStream(new ByteArrayInputStream(hugeText.toByteArray())), LIMITS))
                .withMessageStartingWith("string of 2147483647 bytes is over the limit");
    }

    @Test
    void argumentsShouldGiveBackTheSettings() {
        OcrSettings ocr = new OcrSettings(java.nio.file.Path.of("/opt/ocr/tesseract"), "vie+eng", 200);

        var parsed = WorkerProtocol.parseArguments(
                WorkerProtocol.arguments(LIMITS, ocr).toArray(String[]::new));

        assertThat(WorkerProtocol.limits(parsed)).isEqualTo(LIMITS);
        assertThat(WorkerProtocol.ocr(parsed)).isEqualTo(ocr);
    }
}
