package vn.officialmail.gateway.content;

import java.util.List;
import java.util.Optional;

/**
 * The readable content of one message: decoded subject, body text and attachments.
 *
 * @param subject the decoded Subject, NFC
 * @param body the text of the body parts (plain text preferred, HTML reduced to text), NFC
 * @param attachments every other leaf part, in MIME order
 * @param problems parts that could not be read, one line each (the message is still kept)
 */
public record MessageContent(
        Optional<String> subject, String body, List<AttachmentPart> attachments, List<String> problems) {

    public MessageContent {
        attachments = List.copyOf(attachments);
        problems = List.copyOf(problems);
    }
}
