package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.registry.IncomingRegister;
import vn.officialmail.gateway.registry.Registration;

/**
 * Enters the message in the incoming register (Decree 30/2020 Art. 22; REQUIREMENTS.md R5). It
 * takes the next gapless number of the year when the message's transaction commits, and the
 * register audits it then. Runs after {@link RecordMessage}. Sample:
 *
 * <pre>{@code
 * - match: IsOfficialChannel
 *   mailet: RegisterDocument
 * }</pre>
 */
public final class RegisterDocument extends GenericMailet {

    private final IncomingRegister register;

    public RegisterDocument(IncomingRegister register) {
        this.register = register;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        Registration registration = register.register(
                MailFacts.recordId(mail, "RegisterDocument"),
                MailFacts.rawSha256(mail, MailFacts.raw(mail)),
                mail.getMaybeSender().asString(""),
                MailFacts.subject(mail).orElse(""),
                MailFacts.envelope(mail).receivedAt());
        MailAttributes.setObject(mail, MailAttributes.REGISTRATION, registration);
    }

    @Override
    public String getMailetInfo() {
        return "Registers official documents in the incoming register";
    }
}
