package vn.officialmail.indexer.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.officialmail.indexer.extract.ExtractedPart.Outcome;

/**
 * Extraction in a worker process: real attachments come back whole, and attachments whose parser
 * hangs, allocates without end or crashes come back FAILED within the time limit, while the gateway
 * process keeps its threads and heap. One extractor (one worker at a time) serves every test.
 */
class IsolatedExtractionIT {

    /** Short, so that twenty hangs stay quick; only plain text is parsed within it. */
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private static final byte[] HANG = MisbehavingParser.HANG_CONTENT;

    /** For documents: room for a cold worker to load the Office parsers on a busy machine. */
    private static TextExtractor extractor;

    private static TextExtractor impatient;

    @BeforeAll
    static void startWorkers() {
        extractor = TextExtractor.isolated(
                ExtractionLimits.defaults().withPartTimeout(Duration.ofSeconds(60)),
                OcrSettings.defaults(),
                WorkerLaunch.sameClassPath("128m", 1));
        // C1 only: the impatient worker restarts twenty times and parses only short text.
        impatient = TextExtractor.isolated(
                ExtractionLimits.defaults().withPartTimeout(TIMEOUT),
                OcrSettings.defaults(),
                new WorkerLaunch(
                        WorkerLaunch.javaCommand(
                                "128m",
                                List.of(
                                        "-XX:TieredStopAtLevel=1",
                                        "-cp",
                                        System.getProperty("java.class.path"),
                                        ExtractionWorker.class.getName())),
                        1));
    }

    @AfterAll
    static void stopWorkers() {
        extractor.close();
        impatient.close();
    }

    @Test
    void extractShouldReturnEveryPartWhenWorkerParsesAZipOfDocuments() throws Exception {
        byte[] zip = TestDocuments.zip(Map.of(
                "Giấy mời.docx", TestDocuments.docx("Kính mời đồng chí dự họp giao ban."),
                "ghi chú.txt", "Họp lúc 8 giờ tại phòng họp số 2".getBytes(UTF_8)));

        Extraction extraction = extractor.extract(zip, "=?UTF-8?B?" + TestDocuments.b64("hồ sơ.zip") + "?=", "");

        assertThat(extraction.attachment().path()).isEqualTo("hồ sơ.zip");
        assertThat(extraction.attachment().sha256()).isEqualTo(Sha256.hex(zip));
        assertThat(extraction.parts()).hasSize(3).allSatisfy(part -> assertThat(part.outcome())
                .isEqualTo(Outcome.OK));
        assertThat(extraction.parts())
                .extracting(ExtractedPart::path)
                .containsExactlyInAnyOrder("hồ sơ.zip", "hồ sơ.zip/Giấy mời.docx", "hồ sơ.zip/ghi chú.txt");
        ExtractedPart docx = extraction.parts().stream()
                .filter(part -> part.path().endsWith(".docx"))
                .findFirst()
                .orElseThrow();
        assertThat(docx.text()).isEqualTo("Kính mời đồng chí dự họp giao ban.");
        assertThat(docx.language()).isEqualTo("vi");
        assertThat(docx.properties().created()).isNotNull();
        assertThat(extractor.ocrUnavailable()).isEmpty();
    }

    @Test
    void extractShouldFailWithinTheLimitWhenParserHangsAndThenServeTheNextAttachment() {
        impatient.extract("warm up".getBytes(UTF_8), "a.txt", ""); // the worker is started

        long start = System.nanoTime();
        ExtractedPart hung = impatient.extract(HANG, "treo.mat", "").attachment();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(hung.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(hung.reason()).isEqualTo("timed out after 1 s; the parser process was stopped");
        assertThat(hung.sha256()).isEqualTo(Sha256.hex(HANG));
        assertThat(took).isBetween(TIMEOUT, TIMEOUT.plusSeconds(10)); // the limit, and stopping the worker
        ExtractedPart next = impatient
                .extract("Họp lúc 8 giờ".getBytes(UTF_8), "a.txt", "text/plain")
                .attachment();
        assertThat(next.outcome()).isEqualTo(Outcome.OK);
        assertThat(next.text()).isEqualTo("Họp lúc 8 giờ");
    }

    @Test
    void extractShouldFailWhenParserAllocatesWithoutEnd() {
        ExtractedPart part = extractor
                .extract(MisbehavingParser.ALLOCATE_CONTENT, "a.xcf", "")
                .attachment();

        assertThat(part.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(part.reason())
                .startsWith("the parser process died while parsing (exit code 3, out of memory); stderr: ")
                .contains("OutOfMemoryError");
    }

    @Test
    void extractShouldFailWhenParserCrashesItsProcess() {
        ExtractedPart part = extractor
                .extract(MisbehavingParser.CRASH_CONTENT, "a.sqlite", "")
                .attachment();

        assertThat(part.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(part.reason())
                .startsWith("the parser process died while parsing (exit code 134); stderr: ")
                .endsWith("# A fatal error has been detected by the native parser library")
                .hasSizeLessThan(500);
        assertThat(extractor
                        .extract("abc".getBytes(UTF_8), "a.txt", "")
                        .attachment()
                        .outcome())
                .isEqualTo(Outcome.OK);
    }

    @Test
    void gatewayShouldKeepItsThreadsHeapAndProcessesWhenTwentyPartsHang() throws Exception {
        impatient.extract("warm up".getBytes(UTF_8), "a.txt", "");
        int baselineThreads = ManagementFactory.getThreadMXBean().getThreadCount();
        long baselineHeap = usedHeapAfterGc();

        for (int i = 0; i < 20; i++) {
            ExtractedPart hung =
                    impatient.extract(HANG, "treo-" + i + ".mat", "").attachment();
            assertThat(hung.outcome()).isEqualTo(Outcome.FAILED);
        }
        ExtractedPart after =
                impatient.extract("Họp lúc 8 giờ".getBytes(UTF_8), "a.txt", "").attachment();

        assertThat(after.text()).isEqualTo("Họp lúc 8 giờ");
        assertThat(ProcessHandle.current()
                        .children()
                        .filter(ProcessHandle::isAlive)
                        .count())
                .as("worker processes alive")
                .isEqualTo(2); // one per extractor
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().equals("extraction-worker-reader"));
        // "process reaper" threads are pooled by the JDK and may outlive a stopped worker briefly.
        assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).isLessThanOrEqualTo(baselineThreads + 2);
        assertThat(usedHeapAfterGc()).isLessThan(baselineHeap + 16L * 1024 * 1024);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
