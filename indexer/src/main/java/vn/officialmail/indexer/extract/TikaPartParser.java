package vn.officialmail.indexer.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;

/**
 * Runs Tika over one attachment in the current thread, descending into every embedded document
 * (Tika's {@link RecursiveParserWrapper}), with OCR of images and scanned PDF pages when Tesseract is
 * there. Nothing here stops a parser that loops or allocates without end: {@link TextExtractor} runs
 * this in a separate process for that. Safe for concurrent use; build it once, loading the parsers
 * takes a moment.
 */
final class TikaPartParser {

    private static final String OCTET_STREAM = "application/octet-stream";

    private final ExtractionLimits limits;
    private final OcrSettings ocr;
    private final Optional<String> ocrUnavailable;
    private final Parser parser;
    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final PartMapper mapper;

    TikaPartParser(ExtractionLimits limits, OcrSettings ocr) {
        this.limits = limits;
        this.ocr = ocr;
        OcrProbe.Result probe = OcrProbe.probe(ocr);
        this.ocrUnavailable = probe.unavailable();
        this.parser = parser(ocr, probe, limits);
        this.mapper = new PartMapper(limits, ocrUnavailable);
    }

    /** Why OCR cannot run, empty when it can. */
    Optional<String> ocrUnavailable() {
        return ocrUnavailable;
    }

    /** Tika's own parsers, but Tesseract only as configured here, and only when it is installed. */
    private static Parser parser(OcrSettings ocr, OcrProbe.Result probe, ExtractionLimits limits) {
        TikaConfig config = TikaConfig.getDefaultConfig();
        DefaultParser standard = new DefaultParser(
                config.getMediaTypeRegistry(), new ServiceLoader(), List.of(TesseractOCRParser.class));
        if (probe.unavailable().isPresent()) {
            return new AutoDetectParser(config.getDetector(), standard);
        }
        TesseractOCRParser tesseract = new TesseractOCRParser();
        tesseract.setTesseractPath(ocr.tesseract().toAbsolutePath().getParent() + "/");
        if (!probe.tessdata().isEmpty()) {
            tesseract.setTessdataPath(probe.tessdata());
        }
        tesseract.setLanguage(ocr.languages());
        tesseract.setTimeout((int) Math.max(1, limits.partTimeout().toSeconds()));
        try {
            tesseract.initialize(Map.of());
        } catch (TikaConfigException e) {
            throw new IllegalStateException("Tesseract at " + ocr.tesseract() + " could not be set up", e);
        }
        // Tika's Tesseract parser claims only "image/ocr-png" and the like, which its image module
        // routes to it; without that module, the plain image types are handed to it here.
        Set<MediaType> images = Stream.of("png", "jpeg", "tiff", "gif", "bmp", "webp")
                .map(MediaType::image)
                .collect(Collectors.toSet());
        return new AutoDetectParser(
                config.getDetector(), standard, tesseract, ParserDecorator.withTypes(tesseract, images));
    }

    /**
     * Extracts the attachment and everything inside it.
     *
     * @param content the attachment's bytes
     * @param fileName its file name, possibly RFC 2047/2231 encoded; may be empty
     * @param declaredMediaType its declared media type; may be empty
     * @return the attachment's part first, then its entries; never throws for what the content is
     */
    List<ExtractedPart> parse(byte[] content, String fileName, String declaredMediaType) {
        String name = AttachmentNames.decode(fileName);
        String sha256 = Sha256.hex(content);
        Optional<MediaType> declared = Optional.ofNullable(MediaType.parse(declaredMediaType.strip()));
        if (content.length > limits.maxBytes()) {
            return new Refusal(limits).tooLarge(content, fileName, declaredMediaType);
        }
        Metadata metadata = hints(name, declared);
        if (metadata.get(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE) == null
                && isPlainText(content, metadata)
                && Windows1258Guess.isLikely(content)) {
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, "text/plain; charset=windows-1258");
        }
        ParseContext context = context(content.length);
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
                new BasicContentHandlerFactory(
                        BasicContentHandlerFactory.HANDLER_TYPE.TEXT, writeLimit(), false, context),
                limits.maxParts() - 1);
        if (EncryptedZipEntries.isZip(content)) {
            EncryptedZipEntries.names(content).forEach(entry -> metadata.add(EncryptedZipEntries.NAMES, entry));
        }
        String failure = null;
        try {
            new RecursiveParserWrapper(parser).parse(new ByteArrayInputStream(content), handler, metadata, context);
        } catch (Throwable e) {
            rethrowIfVirtualMachineBroken(e);
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                failure = describe(e);
            }
        }
        List<Metadata> found = handler.getMetadataList();
        if (found.isEmpty()) {
            found = List.of(metadata);
        }
        List<ExtractedPart> parts = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Metadata part = found.get(i);
            boolean attachment = i == 0;
            if (attachment && part.get(Metadata.CONTENT_TYPE) == null) {
                declared.ifPresent(type ->
                        part.set(Metadata.CONTENT_TYPE, type.getBaseType().toString()));
            }
            parts.add(mapper.map(part, name, attachment ? sha256 : "", attachment ? failure : null));
        }
        return parts;
    }

    private static boolean noControlBytes(byte[] content) {
        for (byte b : content) {
            if ((b >= 0 && b < 0x09) || (b > 0x0D && b < 0x20)) {
                return false;
            }
        }
        return content.length > 0;
    }

    /** Whether Tika takes the content for plain text (and not, say, a ZIP that happens to hold such bytes). */
    private boolean isPlainText(byte[] content, Metadata hints) {
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            Metadata copy = new Metadata();
            for (String name : hints.names()) {
                copy.set(name, hints.get(name));
            }
            MediaType type = detector.detect(stream, copy).getBaseType();
            // Tika calls text it cannot decode octet-stream; no control bytes means it is still text.
            return MediaType.TEXT_PLAIN.equals(type)
                    || (MediaType.OCTET_STREAM.equals(type) && noControlBytes(content));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Room for the trailing whitespace the text handler adds, so that text of exactly {@link
     * ExtractionLimits#maxTextChars()} characters is not taken for cut.
     */
    private int writeLimit() {
        return (int) Math.min(Integer.MAX_VALUE, limits.maxTextChars() + 64L);
    }

    /** The attachment's part when it is not parsed at all: too large, or the worker failed. */
    record Refusal(ExtractionLimits limits) {

        List<ExtractedPart> tooLarge(byte[] content, String fileName, String declaredMediaType) {
            String reason = "content is " + content.length + " bytes, over the limit of " + limits.maxBytes();
            return List.of(failed(content, fileName, declaredMediaType, reason));
        }

        static ExtractedPart failed(byte[] content, String fileName, String declaredMediaType, String reason) {
            String type = Optional.ofNullable(MediaType.parse(declaredMediaType.strip()))
                    .map(t -> t.getBaseType().toString())
                    .orElse(OCTET_STREAM);
            return PartMapper.unparsed(
                    AttachmentNames.decode(fileName), type, ExtractedPart.Outcome.FAILED, reason, Sha256.hex(content));
        }
    }

    private ParseContext context(long attachmentBytes) {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        if (ocrUnavailable.isEmpty()) {
            // AUTO: only pages without a usable text layer go to Tesseract.
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
            pdf.setOcrDPI(ocr.dpi());
            TesseractOCRConfig tesseract = new TesseractOCRConfig();
            tesseract.setLanguage(ocr.languages());
            context.set(TesseractOCRConfig.class, tesseract);
        } else {
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        }
        context.set(PDFParserConfig.class, pdf);
        context.set(EmbeddedDocumentExtractor.class, new BoundedEmbeddedExtractor(context, limits, attachmentBytes));
        return context;
    }

    private static Metadata hints(String fileName, Optional<MediaType> declared) {
        Metadata metadata = new Metadata();
        if (!fileName.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        declared.ifPresent(type -> metadata.set(Metadata.CONTENT_TYPE, type.toString()));
        // RFC 2046 §4.1.2: a declared text charset is trusted, detectors do not know windows-1258.
        declared.filter(TikaPartParser::isPlainTextWithKnownCharset)
                .ifPresent(type -> metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.toString()));
        return metadata;
    }

    private static boolean isPlainTextWithKnownCharset(MediaType type) {
        String charset = type.getParameters().get("charset");
        if (!MediaType.TEXT_PLAIN.equals(type.getBaseType()) || charset == null) {
            return false;
        }
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException illegalName) {
            return false;
        }
    }

    /**
     * Parser bugs surface as any {@link Throwable}, even an {@link AssertionError} with {@code -ea} or a
     * {@link StackOverflowError} on deep nesting; all become {@link ExtractedPart.Outcome#FAILED}. Only
     * an exhausted virtual machine is rethrown: the worker process then ends, and {@link TextExtractor}
     * reports the part as failed and starts a fresh one.
     */
    private static void rethrowIfVirtualMachineBroken(Throwable e) {
        if (e instanceof VirtualMachineError broken && !(e instanceof StackOverflowError)) {
            throw broken;
        }
    }

    /** The exception and its causes, one per line, as {@link PartMapper} reads stack traces. */
    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        out.append(e.getClass().getName()).append(e.getMessage() == null ? "" : ": " + e.getMessage());
        if (root != e) {
            out.append(" (cause: ")
                    .append(root.getClass().getName())
                    .append(root.getMessage() == null ? "" : ": " + root.getMessage())
                    .append(')');
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            out.append("\nCaused by: ").append(t.getClass().getName());
        }
        return out.toString();
    }
}
