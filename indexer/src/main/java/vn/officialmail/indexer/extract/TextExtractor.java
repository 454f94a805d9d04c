package vn.officialmail.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the text of an attachment and of everything inside it with Apache Tika, within {@link
 * ExtractionLimits}, and never throws for what the content is: each part's outcome and reason are
 * in the returned {@link Extraction}.
 *
 * <p>Formats: PDF (text layer; scanned pages and images through Tesseract OCR, see {@link
 * OcrSettings}), DOC, DOCX, XLS, XLSX, PPT(X), ODT, ODS, RTF, HTML, plain text with charset
 * detection (a declared {@code charset}, such as Vietnamese {@code windows-1258}, is trusted per RFC
 * 2046 §4.1.2, and decomposed tone marks are composed to NFC), ZIP, 7z, tar, gzip and other
 * archives, messages ({@code message/rfc822}, {@code .eml}) and Outlook's {@code winmail.dat}
 * (TNEF), each entry a part of its own. File names are decoded from RFC 2047 and RFC 2231.
 *
 * <p>Two ways to run. {@linkplain #isolated Isolated}, as the gateway runs it: every attachment is
 * parsed in a separate worker process ({@link ExtractionWorker}) that is stopped when it takes longer
 * than {@link ExtractionLimits#partTimeout()} or dies of a crash or of running out of memory, and
 * replaced by a fresh one; the attachment is then {@link ExtractedPart.Outcome#FAILED} with the reason,
 * and nothing else is affected. In process (the constructors): the same parsing in the caller's thread,
 * without the time limit, for tools and tests. One instance is safe for concurrent use; create it
 * once, since loading Tika's parsers or starting a worker takes a moment, and close it at the end.
 */
public final class TextExtractor implements AutoCloseable {

    private final ExtractionLimits limits;
    private final OcrSettings ocr;
    private final @Nullable TikaPartParser inProcess;
    private final @Nullable WorkerLaunch launch;
    private final BlockingQueue<Slot> slots;

    /** Creates an in-process extractor with {@link ExtractionLimits#defaults()} and default OCR. */
    public TextExtractor() {
        this(ExtractionLimits.defaults());
    }

    /**
     * Creates an in-process extractor with the given limits and default OCR.
     *
     * @param limits the bounds of each extraction
     */
    public TextExtractor(ExtractionLimits limits) {
        this(limits, OcrSettings.defaults());
    }

    /**
     * Creates an in-process extractor.
     *
     * @param limits the bounds of each extraction; {@link ExtractionLimits#partTimeout()} only bounds
     *     each OCR run here
     * @param ocr where Tesseract is
     */
    public TextExtractor(ExtractionLimits limits, OcrSettings ocr) {
        this.limits = Objects.requireNonNull(limits, "limits must not be null");
        this.ocr = Objects.requireNonNull(ocr, "ocr must not be null");
        this.inProcess = new TikaPartParser(limits, ocr);
        this.launch = null;
        this.slots = new ArrayBlockingQueue<>(1);
    }

    private TextExtractor(ExtractionLimits limits, OcrSettings ocr, WorkerLaunch launch) {
        this.limits = Objects.requireNonNull(limits, "limits must not be null");
        this.ocr = Objects.requireNonNull(ocr, "ocr must not be null");
        this.inProcess = null;
        this.launch = Objects.requireNonNull(launch, "launch must not be null");
        this.slots = new ArrayBlockingQueue<>(launch.workers());
        for (int i = 0; i < launch.workers(); i++) {
            slots.add(new Slot());
        }
    }

    /**
     * Creates an extractor that parses in worker processes, each attachment within {@link
     * ExtractionLimits#partTimeout()}. Workers start on first use and after a failure.
     *
     * @param limits the bounds of each extraction
     * @param ocr where Tesseract is
     * @param launch how to start a worker, and how many at once
     * @return the extractor; close it to stop the workers
     */
    public static TextExtractor isolated(ExtractionLimits limits, OcrSettings ocr, WorkerLaunch launch) {
        return new TextExtractor(limits, ocr, launch);
    }

    /**
     * Extracts the text of one attachment and of everything inside it.
     *
     * @param content the attachment's bytes
     * @param fileName its file name, possibly RFC 2047/2231 encoded, a type hint; may be empty
     * @param declaredMediaType its declared media type (MIME {@code Content-Type}), a type hint; may
     *     be empty
     * @return the attachment's part and its entries; never throws for bad, encrypted, oversized,
     *     hanging or crashing content
     */
    public Extraction extract(byte[] content, String fileName, String declaredMediaType) {
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(fileName, "fileName must not be null (use \"\")");
        Objects.requireNonNull(declaredMediaType, "declaredMediaType must not be null (use \"\")");
        if (inProcess != null) {
            return new Extraction(inProcess.parse(content, fileName, declaredMediaType));
        }
        return new Extraction(inWorker(content, fileName, declaredMediaType));
    }

    /**
     * Why OCR cannot run, as each part needing it will say; empty when it can. Asks a worker when
     * isolated, since that is where Tesseract runs.
     *
     * @return the reason, or empty
     */
    public Optional<String> ocrUnavailable() {
        if (inProcess != null) {
            return inProcess.ocrUnavailable();
        }
        Slot slot = take();
        try {
            return Optional.of(slot.worker().ocrUnavailable()).filter(reason -> !reason.isEmpty());
        } catch (WorkerProcess.WorkerFailure e) {
            return Optional.of("OCR unavailable: " + e.getMessage());
        } finally {
            slots.add(slot);
        }
    }

    private List<ExtractedPart> inWorker(byte[] content, String fileName, String declaredMediaType) {
        if (content.length > limits.maxBytes()) {
            // Refused here without shipping the bytes; same outcome as in the worker.
            return new TikaPartParser.Refusal(limits).tooLarge(content, fileName, declaredMediaType);
        }
        Slot slot = take();
        try {
            return slot.worker().extract(content, fileName, declaredMediaType);
        } catch (WorkerProcess.WorkerFailure e) {
            slot.discard();
            return List.of(TikaPartParser.Refusal.failed(content, fileName, declaredMediaType, e.getMessage()));
        } finally {
            slots.add(slot);
        }
    }

    private Slot take() {
        try {
            return slots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an extraction worker", e);
        }
    }

    /** Stops the worker processes; an in-process extractor has nothing to stop. */
    @Override
    public void close() {
        List<Slot> all = new ArrayList<>();
        slots.drainTo(all);
        all.forEach(Slot::discard);
        slots.addAll(all);
    }

    /** A place for one worker; the worker starts when first needed and after a failure. */
    private final class Slot {
        private @Nullable WorkerProcess worker;

        WorkerProcess worker() throws WorkerProcess.WorkerFailure {
            if (worker == null || !worker.isAlive()) {
                discard();
                worker = WorkerProcess.start(Objects.requireNonNull(launch), limits, ocr);
            }
            return worker;
        }

        void discard() {
            if (worker != null) {
                worker.close();
                worker = null;
            }
        }
    }
}
