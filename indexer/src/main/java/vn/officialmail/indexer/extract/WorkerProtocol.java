package vn.officialmail.indexer.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pipe protocol between {@link TextExtractor} and an {@link ExtractionWorker} process: plain
 * length-prefixed fields, never Java serialisation, so a worker subverted by hostile content cannot
 * make the gateway build arbitrary objects, and every length is checked against the limits before
 * anything is allocated.
 *
 * <pre>
 * worker → gateway, once:  READY, ocr-unavailable-reason
 * gateway → worker:        REQUEST, file-name, media-type, byte-count, bytes
 * worker → gateway:        RESPONSE, part-count, parts (path, depth, text, media type, language,
 *                          title, author, created, modified, pages, outcome, reason, sha256)
 * </pre>
 */
final class WorkerProtocol {

    static final int READY = 0x4F4D5231; // "OMR1"
    static final int REQUEST = 0x4F4D5131; // "OMQ1"
    static final int RESPONSE = 0x4F4D5331; // "OMS1"

    private static final long NO_INSTANT = Long.MIN_VALUE;
    private static final int MAX_NAME_BYTES = 64 * 1024;

    private WorkerProtocol() {}

    /** The worker's command-line arguments for these settings. */
    static List<String> arguments(ExtractionLimits limits, OcrSettings ocr) {
        return List.of(
                "--max-bytes=" + limits.maxBytes(),
                "--max-text-chars=" + limits.maxTextChars(),
                "--max-depth=" + limits.maxDepth(),
                "--max-expansion-ratio=" + limits.maxExpansionRatio(),
                "--max-parts=" + limits.maxParts(),
                "--part-timeout-ms=" + limits.partTimeout().toMillis(),
                "--tesseract=" + ocr.tesseract(),
                "--ocr-languages=" + ocr.languages(),
                "--ocr-dpi=" + ocr.dpi());
    }

    /** The limits given by {@link #arguments}. */
    static ExtractionLimits limits(Map<String, String> args) {
        return new ExtractionLimits(
                Long.parseLong(args.get("max-bytes")),
                Integer.parseInt(args.get("max-text-chars")),
                Integer.parseInt(args.get("max-depth")),
                Integer.parseInt(args.get("max-expansion-ratio")),
                Integer.parseInt(args.get("max-parts")),
                Duration.ofMillis(Long.parseLong(args.get("part-timeout-ms"))));
    }

    /** The OCR settings given by {@link #arguments}. */
    static OcrSettings ocr(Map<String, String> args) {
        return new OcrSettings(
                Path.of(args.get("tesseract")), args.get("ocr-languages"), Integer.parseInt(args.get("ocr-dpi")));
    }

    /** {@code --key=value} arguments as a map. */
    static Map<String, String> parseArguments(String[] args) {
        return java.util.Arrays.stream(args)
                .filter(arg -> arg.startsWith("--") && arg.contains("="))
                .collect(Collectors.toMap(
                        arg -> arg.substring(2, arg.indexOf('=')), arg -> arg.substring(arg.indexOf('=') + 1)));
    }

    static void writeRequest(DataOutputStream out, byte[] content, String fileName, String mediaType)
            throws IOException {
        out.writeInt(REQUEST);
        writeString(out, fileName);
        writeString(out, mediaType);
        out.writeInt(content.length);
        out.write(content);
        out.flush();
    }

    /** A request, or null at the end of the stream (the gateway closed the pipe). */
    static Request readRequest(DataInputStream in, ExtractionLimits limits) throws IOException {
        int tag;
        try {
            tag = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        expect(tag, REQUEST);
        String fileName = readString(in, MAX_NAME_BYTES);
        String mediaType = readString(in, MAX_NAME_BYTES);
        int length = in.readInt();
        if (length < 0 || length > limits.maxBytes() + 1) {
            throw new IOException("request of " + length + " bytes is over the limit");
        }
        return new Request(in.readNBytes(length), fileName, mediaType);
    }

    record Request(byte[] content, String fileName, String mediaType) {}

    static void writeResponse(DataOutputStream out, List<ExtractedPart> parts) throws IOException {
        out.writeInt(RESPONSE);
        out.writeInt(parts.size());
        for (ExtractedPart part : parts) {
            writeString(out, part.path());
            out.writeInt(part.depth());
            writeString(out, part.text());
            writeString(out, part.mediaType());
            writeString(out, part.language());
            writeString(out, part.properties().title());
            writeString(out, part.properties().author());
            writeInstant(out, part.properties().created());
            writeInstant(out, part.properties().modified());
            out.writeInt(part.properties().pageCount());
            writeString(out, part.outcome().name());
            writeString(out, part.reason());
            writeString(out, part.sha256());
        }
        out.flush();
    }

    static List<ExtractedPart> readResponse(DataInputStream in, ExtractionLimits limits) throws IOException {
        expect(in.readInt(), RESPONSE);
        int count = in.readInt();
        if (count < 1 || count > limits.maxParts()) {
            throw new IOException("worker reported " + count + " parts, limit " + limits.maxParts());
        }
        // UTF-8 needs at most 3 bytes per UTF-16 char; some slack for the title and the like.
        int maxText = (int) Math.min(Integer.MAX_VALUE - 16, 3L * limits.maxTextChars() + 3);
        List<ExtractedPart> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String path = readString(in, MAX_NAME_BYTES);
            int depth = in.readInt();
            String text = readString(in, maxText);
            String mediaType = readString(in, MAX_NAME_BYTES);
            String language = readString(in, MAX_NAME_BYTES);
            String title = readString(in, MAX_NAME_BYTES);
            String author = readString(in, MAX_NAME_BYTES);
            Instant created = readInstant(in);
            Instant modified = readInstant(in);
            int pages = in.readInt();
            ExtractedPart.Outcome outcome;
            try {
                outcome = ExtractedPart.Outcome.valueOf(readString(in, 64));
            } catch (IllegalArgumentException unknown) {
                throw new IOException("worker sent an unknown outcome", unknown);
            }
            String reason = readString(in, MAX_NAME_BYTES);
            String sha256 = readString(in, 64);
            parts.add(new ExtractedPart(
                    path,
                    depth,
                    text,
                    mediaType,
                    language,
                    new DocumentProperties(title, author, created, modified, pages),
                    outcome,
                    reason,
                    sha256));
        }
        return parts;
    }

    static void expect(int tag, int expected) throws IOException {
        if (tag != expected) {
            throw new IOException(
                    "protocol error: expected " + Integer.toHexString(expected) + ", got " + Integer.toHexString(tag));
        }
    }

    static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in, int maxBytes) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > maxBytes) {
            throw new IOException("string of " + length + " bytes is over the limit of " + maxBytes);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant == null ? NO_INSTANT : instant.toEpochMilli());
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        long millis = in.readLong();
        return millis == NO_INSTANT ? null : Instant.ofEpochMilli(millis);
    }
}
