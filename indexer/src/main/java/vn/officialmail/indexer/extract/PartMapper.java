package vn.officialmail.indexer.extract;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Turns the metadata Tika recorded for one part (its text, type, properties and any exception) into
 * an {@link ExtractedPart}, deciding the outcome in this order: over a limit, encrypted, failed,
 * needed OCR that is unavailable, truncated, ok.
 */
final class PartMapper {

    private static final String OCTET_STREAM = "application/octet-stream";
    private static final int MAX_REASON_CHARS = 500;

    private final ExtractionLimits limits;
    private final Optional<String> ocrUnavailable;

    PartMapper(ExtractionLimits limits, Optional<String> ocrUnavailable) {
        this.limits = limits;
        this.ocrUnavailable = ocrUnavailable;
    }

    /**
     * Maps one part.
     *
     * @param metadata what Tika recorded
     * @param attachmentName the attachment's file name, the first element of every path
     * @param sha256 the part's hash when the caller knows it better than the metadata
     * @param failure the exception that ended the whole parse, for the attachment's own part; null
     *     otherwise
     */
    ExtractedPart map(Metadata metadata, String attachmentName, String sha256, String failure) {
        int depth = depth(metadata);
        String path = depth == 0 ? attachmentName : attachmentName + embeddedPath(metadata);
        String raw = Optional.ofNullable(metadata.get(TikaCoreProperties.TIKA_CONTENT))
                .orElse("");
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        String mediaType = mediaType(metadata);
        String exception = failure != null
                ? failure
                : metadata.get(
                        depth == 0 ? TikaCoreProperties.CONTAINER_EXCEPTION : TikaCoreProperties.EMBEDDED_EXCEPTION);
        String limit = metadata.get(BoundedEmbeddedExtractor.LIMIT_REASON);
        String hash = !sha256.isEmpty()
                ? sha256
                : Optional.ofNullable(metadata.get(BoundedEmbeddedExtractor.SHA256))
                        .orElse("");
        Part part = new Part(path, depth, mediaType, properties(metadata), hash);
        if (limit != null) {
            return part.with("", ExtractedPart.Outcome.FAILED, limit);
        }
        String[] locked = metadata.getValues(EncryptedZipEntries.NAMES);
        if (locked.length > 0) {
            return part.with(
                    "",
                    ExtractedPart.Outcome.ENCRYPTED,
                    "password-protected ZIP entries: " + String.join(", ", locked));
        }
        if (isEncrypted(metadata, exception)) {
            return part.with("", ExtractedPart.Outcome.ENCRYPTED, "password-protected: " + firstLine(exception));
        }
        if (exception != null && !isWriteLimit(exception)) {
            return part.with(text, ExtractedPart.Outcome.FAILED, firstLine(exception));
        }
        if (text.isEmpty() && needsOcr(mediaType) && ocrUnavailable.isPresent()) {
            return part.with("", ExtractedPart.Outcome.OCR_UNAVAILABLE, ocrUnavailable.get());
        }
        if (text.length() > limits.maxTextChars()
                || "true".equals(metadata.get(TikaCoreProperties.WRITE_LIMIT_REACHED))
                || (exception != null && isWriteLimit(exception))) {
            return part.with(
                    cut(text),
                    ExtractedPart.Outcome.TRUNCATED,
                    "text longer than " + limits.maxTextChars() + " characters was cut");
        }
        return part.with(text, ExtractedPart.Outcome.OK, "");
    }

    /** The attachment's own part when nothing could be parsed at all. */
    static ExtractedPart unparsed(
            String name, String mediaType, ExtractedPart.Outcome outcome, String reason, String sha256) {
        return new ExtractedPart(name, 0, "", mediaType, "", DocumentProperties.NONE, outcome, reason, sha256);
    }

    private record Part(String path, int depth, String mediaType, DocumentProperties properties, String sha256) {
        ExtractedPart with(String text, ExtractedPart.Outcome outcome, String reason) {
            return new ExtractedPart(
                    path, depth, text, mediaType, LanguageGuess.of(text), properties, outcome, reason, sha256);
        }
    }

    private String cut(String text) {
        int cut = Math.min(limits.maxTextChars(), text.length());
        if (cut > 0 && cut < text.length() && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // never split a surrogate pair
        }
        return text.substring(0, cut);
    }

    private static boolean needsOcr(String mediaType) {
        return mediaType.startsWith("image/") || mediaType.equals("application/pdf");
    }

    private static int depth(Metadata metadata) {
        Integer depth = metadata.getInt(TikaCoreProperties.EMBEDDED_DEPTH);
        return depth == null ? 0 : Math.max(0, depth);
    }

    private static String embeddedPath(Metadata metadata) {
        String path = metadata.get(BoundedEmbeddedExtractor.PATH);
        if (path == null) {
            path = metadata.get(TikaCoreProperties.FINAL_EMBEDDED_RESOURCE_PATH);
        }
        if (path == null) {
            path = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
        }
        return path == null ? "/" : Normalizer.normalize(path, Normalizer.Form.NFC);
    }

    private static String mediaType(Metadata metadata) {
        return Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE))
                .map(MediaType::parse)
                .map(type -> type.getBaseType().toString())
                .orElse(OCTET_STREAM);
    }

    private static DocumentProperties properties(Metadata metadata) {
        return new DocumentProperties(
                nfc(metadata.get(TikaCoreProperties.TITLE)),
                nfc(metadata.get(TikaCoreProperties.CREATOR)),
                instant(metadata, TikaCoreProperties.CREATED),
                instant(metadata, TikaCoreProperties.MODIFIED),
                pages(metadata));
    }

    private static int pages(Metadata metadata) {
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        if (pages == null) {
            pages = metadata.getInt(Office.PAGE_COUNT);
        }
        return pages == null ? 0 : Math.max(0, pages);
    }

    private static Instant instant(Metadata metadata, Property property) {
        Date date = metadata.getDate(property);
        return date == null ? null : date.toInstant();
    }

    private static String nfc(String value) {
        return value == null
                ? ""
                : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }

    private static boolean isEncrypted(Metadata metadata, String exception) {
        return "true".equals(metadata.get(TikaCoreProperties.IS_ENCRYPTED))
                || (exception != null && exception.contains("EncryptedDocumentException"));
    }

    private static boolean isWriteLimit(String exception) {
        return exception.contains("WriteLimitReachedException");
    }

    /** The first line of a stack trace, without package names: "TikaException: Unexpected RuntimeException …". */
    static String firstLine(String exception) {
        if (exception == null) {
            return "";
        }
        String line = exception.lines().findFirst().orElse("").strip();
        line = line.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z]\\w*(?:Exception|Error))", "$1");
        return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS) + "…";
    }
}
