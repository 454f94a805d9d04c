package vn.officialmail.gateway.mailets;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.mailet.Mail;
import vn.officialmail.gateway.content.AttachmentText;
import vn.officialmail.gateway.message.StoredAttachment;
import vn.officialmail.gateway.processing.MailAttributes;

/** The attachment texts the extraction step left on a mail, by attachment ordinal. */
record ExtractedTexts(Map<Integer, AttachmentText> byOrdinal) {

    @SuppressWarnings("unchecked")
    static ExtractedTexts of(Mail mail) {
        return new ExtractedTexts(MailAttributes.object(mail, MailAttributes.EXTRACTED_TEXT, Map.class)
                .map(m -> (Map<Integer, AttachmentText>) m)
                .orElse(Map.of()));
    }

    String outcomeOf(int ordinal) {
        AttachmentText text = byOrdinal.get(ordinal);
        return text == null ? "not-extracted" : text.outcome();
    }

    /** What extraction found in each part of an attachment, as the message record keeps it. */
    List<StoredAttachment.Part> partsOf(int ordinal) {
        AttachmentText text = byOrdinal.get(ordinal);
        if (text == null) {
            return List.of();
        }
        return text.parts().stream()
                .map(p -> new StoredAttachment.Part(
                        p.path(),
                        p.depth(),
                        p.mediaType(),
                        nonEmpty(p.language()),
                        p.pageCount(),
                        nonEmpty(p.title()),
                        nonEmpty(p.author()),
                        p.outcome(),
                        nonEmpty(p.reason()),
                        nonEmpty(p.sha256())))
                .toList();
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
