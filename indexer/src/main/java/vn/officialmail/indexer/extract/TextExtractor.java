package vn.officialmail.indexer.extract;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Extracts the text of one attachment with Apache Tika, within {@link ExtractionLimits}, and never
 * throws for what the content is: the outcome and its reason are in the returned {@link
 * ExtractedPart}.
 *
 * <p>The type is detected from the bytes, with the file name and the declared media type as hints.
 * A declared {@code text/plain} with a {@code charset} parameter is trusted for the charset (RFC
 * 2046 §4.1.2), since detectors do not recognise Vietnamese legacy charsets such as {@code
 * windows-1258}. Only the parser modules on the class path are used: text, HTML, PDF, Microsoft
 * Office, ODF and RTF. Embedded documents (archives, files inside PDFs) are not descended into yet,
 * there is no OCR, and parsing runs in the caller's thread (no fork isolation yet). The text is normalised to NFC and stripped of leading and trailing
 * whitespace. One instance is safe for concurrent use; create it once, since loading Tika's parsers
 * takes a moment.
 */
public final class TextExtractor {

    private static final String OCTET_STREAM = "application/octet-stream";
    private static final int MAX_REASON_CHARS = 500;

    private final ExtractionLimits limits;
    private final Parser parser = new AutoDetectParser();

    /** Creates an extractor with {@link ExtractionLimits#defaults()}. */
    public TextExtractor() {
        this(ExtractionLimits.defaults());
    }

    /**
     * Creates an extractor with the given limits.
     *
     * @param limits the bounds of each extraction
     */
    public TextExtractor(ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits must not be null");
    }

    /**
     * Extracts the text of one attachment.
     *
     * @param content the attachment's bytes
     * @param fileName its file name, a type hint; may be empty
     * @param declaredMediaType its declared media type (MIME {@code Content-Type}), a type hint; may
     *     be empty
     * @return the text and outcome; never throws for bad, encrypted or oversized content
     */
    public ExtractedPart extract(byte[] content, String fileName, String declaredMediaType) {
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(fileName, "fileName must not be null (use \"\")");
        Objects.requireNonNull(declaredMediaType, "declaredMediaType must not be null (use \"\")");
        String sha256 = sha256(content);
        Optional<MediaType> declared = Optional.ofNullable(MediaType.parse(declaredMediaType.strip()));
        if (content.length > limits.maxBytes()) {
            String reason = "content is " + content.length + " bytes, over the limit of " + limits.maxBytes();
            return failed(declared.map(t -> t.getBaseType().toString()).orElse(OCTET_STREAM), reason, sha256);
        }
        Metadata metadata = hints(fileName, declared);
        int writeLimit = limits.maxTextChars() == Integer.MAX_VALUE ? -1 : limits.maxTextChars() + 1;
        BodyContentHandler handler = new BodyContentHandler(writeLimit);
        try {
            parser.parse(new ByteArrayInputStream(content), handler, metadata, new ParseContext());
            return withText(handler.toString(), false, detected(metadata, declared), sha256);
        } catch (Throwable e) {
            rethrowIfVirtualMachineBroken(e);
            String mediaType = detected(metadata, declared);
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return withText(handler.toString(), true, mediaType, sha256);
            }
            if (isEncrypted(e)) {
                return new ExtractedPart("", mediaType, ExtractedPart.Outcome.ENCRYPTED, reason(e), sha256);
            }
            return failed(mediaType, reason(e), sha256);
        }
    }

    private ExtractedPart withText(String raw, boolean limitReached, String mediaType, String sha256) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        int max = limits.maxTextChars();
        if (!limitReached && text.length() <= max) {
            return new ExtractedPart(text, mediaType, ExtractedPart.Outcome.OK, "", sha256);
        }
        int cut = Math.min(max, text.length());
        if (cut > 0 && cut < text.length() && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // never split a surrogate pair
        }
        String reason = "text longer than " + max + " characters was cut";
        return new ExtractedPart(text.substring(0, cut), mediaType, ExtractedPart.Outcome.TRUNCATED, reason, sha256);
    }

    private static Metadata hints(String fileName, Optional<MediaType> declared) {
        Metadata metadata = new Metadata();
        if (!fileName.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        declared.ifPresent(type -> metadata.set(Metadata.CONTENT_TYPE, type.toString()));
        declared.filter(TextExtractor::isPlainTextWithKnownCharset)
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

    private static String detected(Metadata metadata, Optional<MediaType> declared) {
        return Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE))
                .map(MediaType::parse)
                .or(() -> declared)
                .map(type -> type.getBaseType().toString())
                .orElse(OCTET_STREAM);
    }

    /**
     * Parser bugs surface as any {@link Throwable}, even an {@link AssertionError} with {@code -ea} or a
     * {@link StackOverflowError} on deep nesting; all become {@link ExtractedPart.Outcome#FAILED}. Only
     * an exhausted virtual machine ({@link OutOfMemoryError}, {@link InternalError}) is rethrown:
     * containing those is the job of the fork isolation that is not built yet.
     */
    private static void rethrowIfVirtualMachineBroken(Throwable e) {
        if (e instanceof VirtualMachineError broken && !(e instanceof StackOverflowError)) {
            throw broken;
        }
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return true;
            }
        }
        return false;
    }

    /** The exception and its root cause, for operators: "TikaException: … (cause: IOException: …)". */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = describe(e) + (root == e ? "" : " (cause: " + describe(root) + ")");
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…";
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static ExtractedPart failed(String mediaType, String reason, String sha256) {
        return new ExtractedPart("", mediaType, ExtractedPart.Outcome.FAILED, reason, sha256);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
