package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.trust.smime.SmimeResult;
import vn.officialmail.gateway.trust.smime.SmimeStatus;

/**
 * Writes the message's channel verdict, with its reasons, to the hash-chained audit log
 * (ARCHITECTURE.md step 8). Sample:
 *
 * <pre>{@code
 * - match: All
 *   mailet: RecordAudit
 * }</pre>
 */
public final class RecordAudit extends GenericMailet {

    private final AuditLog audit;

    public RecordAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("mail", mail.getName());
        details.put("mailFrom", mail.getMaybeSender().asString(""));
        details.put("recipients", String.valueOf(mail.getRecipients().size()));
        MailAttributes.object(mail, MailAttributes.CHANNEL_VERDICT, ChannelVerdict.class)
                .ifPresent(v -> {
                    details.put("channel", v.channel().name());
                    details.put("from", v.senderAddress());
                    details.put("reasons", String.join(" | ", v.reasons()));
                });
        // Who signed, as the certificate says (issue 4: signer subject, serial, issuer, signing time).
        MailAttributes.object(mail, MailAttributes.SMIME, SmimeResult.class)
                .filter(smime -> smime.status() != SmimeStatus.NONE)
                .ifPresent(smime -> {
                    details.put("smime", smime.status().name());
                    smime.signer().ifPresent(signer -> {
                        details.put("signerSubject", signer.subject());
                        details.put("signerIssuer", signer.issuer());
                        details.put("signerSerial", signer.serial());
                        details.put("signingTime", signer.signingTime().toString());
                    });
                });
        String subject = MailAttributes.longValue(mail, MailAttributes.MESSAGE_RECORD_ID)
                .map(String::valueOf)
                .orElse(mail.getName());
        audit.record("gateway", "channel-verdict", "message", subject, details);
    }

    @Override
    public String getMailetInfo() {
        return "Audits the channel verdict";
    }
}
