package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.content.ContentExtraction;
import vn.officialmail.gateway.content.MessageContent;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Reads the MIME tree into subject, body and attachments and extracts each attachment's text
 * (ARCHITECTURE.md step 3). A part that cannot be read is noted, never fatal. Sample:
 *
 * <pre>{@code
 * - match: All
 *   mailet: ExtractContent
 * }</pre>
 */
public final class ExtractContent extends GenericMailet {

    private final ContentExtraction extraction;

    public ExtractContent(ContentExtraction extraction) {
        this.extraction = extraction;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        MessageContent content = extraction.read(mail.getMessage());
        MailAttributes.setObject(mail, MailAttributes.CONTENT, content);
        MailAttributes.setObject(mail, MailAttributes.EXTRACTED_TEXT, extraction.texts(content));
    }

    @Override
    public String getMailetInfo() {
        return "Extracts body and attachment text";
    }
}
