package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.Map;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.registry.IncomingRegister;
import vn.officialmail.gateway.registry.RegisterEntry;

/**
 * Enters the message in the incoming register with the next gapless number of the year (Decree
 * 30/2020 Art. 22; REQUIREMENTS.md R5). Runs after {@link RecordMessage}. Sample:
 *
 * <pre>{@code
 * - match: IsOfficialChannel
 *   mailet: RegisterDocument
 * }</pre>
 */
public final class RegisterDocument extends GenericMailet {

    private final IncomingRegister register;
    private final AuditLog audit;

    public RegisterDocument(IncomingRegister register, AuditLog audit) {
        this.register = register;
        this.audit = audit;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        long recordId = MailFacts.recordId(mail, "RegisterDocument");
        boolean alreadyRegistered = register.entryOf(recordId).isPresent();
        RegisterEntry entry = register.register(
                recordId,
                mail.getMaybeSender().asString(""),
                MailFacts.subject(mail).orElse(""),
                MailFacts.envelope(mail).receivedAt());
        MailAttributes.setString(mail, MailAttributes.REGISTER_NUMBER, entry.display());
        if (!alreadyRegistered) {
            audit.record(
                    "gateway",
                    "registered",
                    "message",
                    Long.toString(recordId),
                    Map.of("register", entry.registerCode(), "number", entry.display()));
        }
    }

    @Override
    public String getMailetInfo() {
        return "Registers official documents in the incoming register";
    }
}
