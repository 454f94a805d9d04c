package vn.officialmail.classifier.message;

import java.util.List;
import java.util.Objects;

/**
 * What the classifier reads of one e-mail message.
 *
 * @param subject the decoded Subject header, or empty
 * @param body the text body (plain text, or the HTML part's text), or empty
 * @param attachments the attachments' extracted texts, in the order of the MIME tree
 */
public record MailContent(String subject, String body, List<Attachment> attachments) {

    public MailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        attachments = List.copyOf(attachments);
    }
}
