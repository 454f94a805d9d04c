package vn.officialmail.gateway.content;

import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.officialmail.indexer.extract.ExtractedPart;
import vn.officialmail.indexer.extract.TextExtractor;

/** Reads a message's content and extracts its attachments' text with the indexer's extractor. */
@Service
public final class ContentExtraction {

    private final MimeContentReader reader = new MimeContentReader();
    private final TextExtractor extractor;

    public ContentExtraction(TextExtractor extractor) {
        this.extractor = extractor;
    }

    public MessageContent read(MimeMessage message) {
        return reader.read(message);
    }

    /** The text of each attachment of {@code content}, by attachment ordinal. */
    public Map<Integer, AttachmentText> texts(MessageContent content) {
        Map<Integer, AttachmentText> texts = new LinkedHashMap<>();
        for (AttachmentPart part : content.attachments()) {
            texts.put(part.ordinal(), text(part));
        }
        return texts;
    }

    private AttachmentText text(AttachmentPart part) {
        ExtractedPart extracted =
                extractor.extract(part.bytes(), part.fileName().orElse(""), part.mediaType());
        return new AttachmentText(
                extracted.text(),
                extracted.mediaType(),
                extracted.outcome().name().toLowerCase(Locale.ROOT),
                extracted.reason() == null ? "" : extracted.reason());
    }
}
