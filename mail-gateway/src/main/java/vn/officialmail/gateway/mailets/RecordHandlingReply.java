package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.content.MessageContent;
import vn.officialmail.gateway.handling.HandlingReplies;
import vn.officialmail.gateway.handling.ReplyReading;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.trust.authentication.AuthenticationResults;
import vn.officialmail.gateway.trust.authentication.FromAuthentication;

/**
 * Records a reply to an assignment notice as a step of the document's handling (Decree 30/2020
 * Art. 24: following documents to their answer): found by its thread (In-Reply-To/References,
 * RFC 5322 §3.6.4) or by "số đến 123/2026" in the subject; "đã xong"/"hoàn thành" closes the
 * handling with the answering document's number and symbol, anything else is progress. Only a
 * proven sender counts (From authenticated, or logged in), so a forged reply never moves a
 * document. Runs after {@link RecordMessage} and {@code ClassifyDocument}, after spoofed mail has
 * left for quarantine. Sample:
 *
 * <pre>{@code
 * - mailet: RecordHandlingReply
 * }</pre>
 */
public final class RecordHandlingReply extends GenericMailet {

    private final HandlingReplies replies;

    public RecordHandlingReply(HandlingReplies replies) {
        this.replies = replies;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        if (isAutomatic(mail)) {
            return;
        }
        MimeMessage message = mail.getMessage();
        List<String> thread = new ArrayList<>();
        for (String name : List.of("In-Reply-To", "References")) {
            String[] values = message == null ? null : message.getHeader(name);
            if (values != null) {
                thread.addAll(List.of(values));
            }
        }
        String subject = MailFacts.subject(mail).orElse("");
        Optional<Long> entry = replies.documentOf(thread, subject);
        Optional<String> sender = provenSender(mail);
        if (entry.isEmpty() || sender.isEmpty()) {
            return;
        }
        String body = MailAttributes.object(mail, MailAttributes.CONTENT, MessageContent.class)
                .map(MessageContent::body)
                .orElse("");
        Optional<String> classified = MailAttributes.object(mail, MailAttributes.CLASSIFICATION, DocumentFacts.class)
                .flatMap(DocumentFacts::numberSymbol);
        replies.record(
                entry.get(),
                sender.get(),
                ReplyReading.of(body, classified),
                MailFacts.recordId(mail, "RecordHandlingReply"));
    }

    /**
     * Whether the mail was written by a program (RFC 3834 §5: Auto-Submitted other than "no"): an
     * out-of-office answer to a notice must not report progress, nor a copy of the gateway's own notice.
     */
    static boolean isAutomatic(Mail mail) throws MessagingException {
        MimeMessage message = mail.getMessage();
        String value = message == null ? null : message.getHeader("Auto-Submitted", null);
        return value != null
                && !value.strip().toLowerCase(java.util.Locale.ROOT).startsWith("no");
    }

    /** The From address when it is proven (authenticated, or the sender logged in). */
    static Optional<String> provenSender(Mail mail) {
        Optional<String> from = MailAttributes.object(mail, MailAttributes.CHANNEL_VERDICT, ChannelVerdict.class)
                .map(ChannelVerdict::senderAddress)
                .filter(address -> !address.isEmpty());
        boolean proven = MailAttributes.object(mail, MailAttributes.AUTHENTICATION, AuthenticationResults.class)
                        .filter(results -> results.fromAuthentication() == FromAuthentication.AUTHENTICATED)
                        .isPresent()
                || MailAttributes.string(mail, MailAttributes.AUTHENTICATED_USER)
                        .isPresent();
        return proven ? from : Optional.empty();
    }

    @Override
    public String getMailetInfo() {
        return "Records replies to assignment notices as steps of the document's handling";
    }
}
