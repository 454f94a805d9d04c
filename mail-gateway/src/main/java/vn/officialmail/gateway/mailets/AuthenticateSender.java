package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.trust.authentication.AuthenticationResults;
import vn.officialmail.gateway.trust.authentication.ConnectionFacts;
import vn.officialmail.gateway.trust.authentication.SenderAuthenticator;
import vn.officialmail.gateway.trust.smime.SmimeVerifier;

/**
 * Checks who really sent a message: its S/MIME signature against the configured trust anchors,
 * and for mail received over SMTP, SPF for the connecting address, DKIM on the exact bytes
 * received, DMARC for the From domain, or the Authentication-Results of the agency's own relays
 * (REQUIREMENTS.md R1). The results go on the mail for {@link AssignChannel}. Imported archives get
 * no SPF/DKIM/DMARC check: their connection is long gone. Mail taken from a unit mailbox over IMAP
 * was accepted by the agency's mail server: it is judged by that server's Authentication-Results
 * when the server is a trusted relay, and like an import otherwise. Sample:
 *
 * <pre>{@code
 * - match: All
 *   mailet: AuthenticateSender
 * }</pre>
 */
public final class AuthenticateSender extends GenericMailet {

    private final SenderAuthenticator authenticator;
    private final SmimeVerifier smime;

    public AuthenticateSender(SenderAuthenticator authenticator, SmimeVerifier smime) {
        this.authenticator = authenticator;
        this.smime = smime;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        byte[] raw = MailFacts.raw(mail);
        // A signature stays verifiable offline, so archives are checked too.
        MailAttributes.setObject(mail, MailAttributes.SMIME, smime.verify(raw));
        String source = MailAttributes.string(mail, MailAttributes.SOURCE).orElse("");
        if (source.equals("import")) {
            return;
        }
        String remote = Optional.ofNullable(mail.getRemoteAddr()).orElse("");
        if (source.equals("imap") && !authenticator.isTrustedRelay(remote)) {
            return;
        }
        ConnectionFacts connection = new ConnectionFacts(
                remote,
                MailAttributes.string(mail, MailAttributes.HELO).orElse(""),
                mail.getMaybeSender().asString(""),
                MailAttributes.string(mail, MailAttributes.AUTHENTICATED_USER));
        AuthenticationResults results = authenticator.authenticate(connection, raw);
        MailAttributes.setObject(mail, MailAttributes.AUTHENTICATION, results);
    }

    @Override
    public String getMailetInfo() {
        return "Authenticates the sender (SPF, DKIM, DMARC, trusted relays)";
    }
}
