package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.compliance.ViolationFinder;
import vn.officialmail.gateway.compliance.Violations;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Records the rules the message breaks for the compliance officers (REQUIREMENTS.md R7): a spoofed
 * sender, a secret document by e-mail, an official document from or to a personal mailbox. Needs
 * AssignChannel, RecordMessage and ClassifyDocument before it. Sample:
 *
 * <pre>{@code
 * - match: All
 *   mailet: RecordViolations
 * }</pre>
 */
public final class RecordViolations extends GenericMailet {

    private final ViolationFinder finder;
    private final Violations violations;

    public RecordViolations(ViolationFinder finder, Violations violations) {
        this.finder = finder;
        this.violations = violations;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        ChannelVerdict verdict = MailAttributes.object(mail, MailAttributes.CHANNEL_VERDICT, ChannelVerdict.class)
                .orElseThrow(() -> new MessagingException("RecordViolations needs AssignChannel before it"));
        DocumentFacts document = MailAttributes.object(mail, MailAttributes.CLASSIFICATION, DocumentFacts.class)
                .orElseThrow(() -> new MessagingException("RecordViolations needs ClassifyDocument before it"));
        violations.record(finder.find(
                MailFacts.recordId(mail, "RecordViolations"),
                verdict,
                mail.getRecipients().stream().map(MailAddress::asString).toList(),
                document,
                MailFacts.envelope(mail).receivedAt()));
    }

    @Override
    public String getMailetInfo() {
        return "Records violations of the official e-mail rules";
    }
}
