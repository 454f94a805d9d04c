package vn.officialmail.gateway.mailets;

import java.util.Map;
import org.apache.mailet.Mail;
import vn.officialmail.gateway.content.AttachmentText;
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
}
