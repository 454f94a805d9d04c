package vn.officialmail.gateway.content;

import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import vn.officialmail.indexer.extract.ExtractedPart;
import vn.officialmail.indexer.extract.Extraction;
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

    /**
     * The attachment's outcome and the text of all its parts (archive entries, nested messages); an
     * entry that could not be read is named in the reason so that operators see it.
     */
    private AttachmentText text(AttachmentPart part) {
        Extraction extraction = extractor.extract(part.bytes(), part.fileName().orElse(""), part.mediaType());
        ExtractedPart attachment = extraction.attachment();
        String reason = Stream.concat(
                        Stream.of(attachment.reason()).filter(r -> !r.isEmpty()),
                        extraction.parts().stream()
                                .skip(1)
                                .filter(entry -> entry.outcome() != ExtractedPart.Outcome.OK)
                                .map(entry -> entry.path() + ": " + outcome(entry) + ", " + entry.reason()))
                .collect(Collectors.joining("; "));
        List<AttachmentText.PartFacts> parts = extraction.parts().stream()
                .map(p -> new AttachmentText.PartFacts(
                        p.path(),
                        p.depth(),
                        p.mediaType(),
                        p.language(),
                        p.properties().pageCount(),
                        p.properties().title(),
                        p.properties().author(),
                        outcome(p),
                        p.reason(),
                        p.sha256()))
                .toList();
        return new AttachmentText(extraction.text(), attachment.mediaType(), outcome(attachment), reason, parts);
    }

    private static String outcome(ExtractedPart part) {
        return part.outcome().name().toLowerCase(Locale.ROOT);
    }
}
