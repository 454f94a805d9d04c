package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.channel.Channel;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.directory.Direction;
import vn.officialmail.gateway.policy.SenderNotices;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.trust.authentication.AuthenticationResults;
import vn.officialmail.gateway.trust.authentication.FromAuthentication;

/**
 * Tells whoever sent an official document from a personal mailbox into the agency that it was
 * delivered but has no official value (the directives' default policy: deliver, tell the sender,
 * record the violation). Only when the sender proved the address (SPF or DKIM aligned, DMARC):
 * a forged sender never gets mail from the gateway. Runs after {@code ClassifyDocument}. Sample:
 *
 * <pre>{@code
 * - mailet: NotifySender
 * }</pre>
 */
public final class NotifySender extends GenericMailet {

    private static final String UNCLASSIFIED = "unclassified";

    private final SenderNotices notices;

    public NotifySender(SenderNotices notices) {
        this.notices = notices;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        Optional<ChannelVerdict> verdict =
                MailAttributes.object(mail, MailAttributes.CHANNEL_VERDICT, ChannelVerdict.class);
        boolean personalIntoAgency = verdict.filter(v -> v.channel() == Channel.NON_OFFICIAL)
                .filter(v -> v.direction() == Direction.INBOUND)
                .filter(v -> !v.senderAddress().isEmpty())
                .isPresent();
        boolean officialDocument = MailAttributes.object(mail, MailAttributes.CLASSIFICATION, DocumentFacts.class)
                .filter(facts -> !UNCLASSIFIED.equals(facts.type()))
                .isPresent();
        boolean proven = MailAttributes.object(mail, MailAttributes.AUTHENTICATION, AuthenticationResults.class)
                .filter(results -> results.fromAuthentication() == FromAuthentication.AUTHENTICATED)
                .isPresent();
        if (!personalIntoAgency || !officialDocument || !proven) {
            return;
        }
        ChannelVerdict judged = verdict.orElseThrow();
        MimeMessage message = mail.getMessage();
        notices.notify(
                MailFacts.recordId(mail, "NotifySender"),
                judged.senderAddress(),
                judged.senderDomain(),
                MailFacts.subject(mail),
                Optional.ofNullable(message == null ? null : message.getMessageID()),
                MailFacts.envelope(mail).receivedAt());
    }

    @Override
    public String getMailetInfo() {
        return "Tells personal-mailbox senders of official documents that their message has no official value";
    }
}
