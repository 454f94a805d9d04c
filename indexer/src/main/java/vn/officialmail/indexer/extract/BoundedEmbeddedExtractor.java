package vn.officialmail.indexer.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Opens the entries of archives, messages and documents within {@link ExtractionLimits}: no deeper
 * than {@link ExtractionLimits#maxDepth()}, each entry no larger than {@link
 * ExtractionLimits#maxBytes()}, and all entries together no more than {@link
 * ExtractionLimits#maxExpansionRatio()} times the attachment (ZIP bombs). Each entry is read whole
 * (within those bounds) so that its SHA-256 is known; its file name is decoded from RFC 2047/2231.
 * An entry over a limit is still reported, as a part with the reason in {@link #LIMIT_REASON} and
 * without its content. One instance per extraction: it counts depth and unpacked bytes.
 */
final class BoundedEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

    /** Metadata key of the limit an entry was over, read by {@link PartMapper}. */
    static final String LIMIT_REASON = "officialmail:limit-reason";

    /** Metadata key of an entry's SHA-256, read by {@link PartMapper}. */
    static final String SHA256 = "officialmail:sha256";

    /** Metadata key of an entry's path inside the attachment ({@code /phụ lục/Danh sách.xlsx}), read by {@link PartMapper}. */
    static final String PATH = "officialmail:path";

    private final Deque<String> path = new ArrayDeque<>();
    private int unnamed;
    private final ExtractionLimits limits;
    private final long attachmentBytes;
    private long unpackBudget;
    private int depth;

    BoundedEmbeddedExtractor(ParseContext context, ExtractionLimits limits, long attachmentBytes) {
        super(context);
        this.limits = limits;
        this.attachmentBytes = attachmentBytes;
        this.unpackBudget = Math.multiplyHigh(attachmentBytes, limits.maxExpansionRatio()) > 0
                ? Long.MAX_VALUE
                : attachmentBytes * limits.maxExpansionRatio();
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        String decoded = name == null ? "" : AttachmentNames.decode(name);
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, decoded);
        }
        // Tika's own resource path keeps only base names; an archive entry's folders matter to readers.
        String parent = path.peek() == null ? "" : path.peek();
        String here = parent + "/" + (decoded.isEmpty() ? "embedded-" + (++unnamed) : decoded);
        metadata.set(PATH, here);
        path.push(here);
        try {
            parseWithinLimits(stream, handler, metadata, outputHtml);
        } finally {
            path.pop();
        }
    }

    private void parseWithinLimits(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (depth + 1 > limits.maxDepth()) {
            refuse(handler, metadata, outputHtml, "nested deeper than " + limits.maxDepth() + " levels: not opened");
            return;
        }
        long allowance = Math.min(limits.maxBytes(), unpackBudget);
        byte[] bytes = stream.readNBytes((int) Math.min(allowance + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > allowance) {
            if (allowance == limits.maxBytes()) {
                refuse(handler, metadata, outputHtml, "entry larger than " + limits.maxBytes() + " bytes: not parsed");
            } else {
                unpackBudget = 0; // a bomb: open no more of it
                refuse(
                        handler,
                        metadata,
                        outputHtml,
                        "entries unpack to more than " + limits.maxExpansionRatio() + " times the " + attachmentBytes
                                + " bytes of the attachment (ZIP bomb?): not parsed");
            }
            return;
        }
        unpackBudget -= bytes.length;
        metadata.set(SHA256, Sha256.hex(bytes));
        if (EncryptedZipEntries.isZip(bytes)) {
            EncryptedZipEntries.names(bytes).forEach(entry -> metadata.add(EncryptedZipEntries.NAMES, entry));
        }
        depth++;
        try {
            super.parseEmbedded(new ByteArrayInputStream(bytes), handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }

    /** Reports the entry as a part of its own, with no content to parse. */
    private void refuse(ContentHandler handler, Metadata metadata, boolean outputHtml, String reason)
            throws SAXException, IOException {
        metadata.set(LIMIT_REASON, reason);
        depth++;
        try {
            super.parseEmbedded(new ByteArrayInputStream(new byte[0]), handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }
}
