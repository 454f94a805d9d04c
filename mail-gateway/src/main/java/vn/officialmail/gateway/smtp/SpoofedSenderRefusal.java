package vn.officialmail.gateway.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.RejectException;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.channel.Channel;
import vn.officialmail.gateway.channel.ChannelJudge;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.spool.Envelope;
import vn.officialmail.gateway.trust.authentication.AuthenticationResults;
import vn.officialmail.gateway.trust.authentication.ConnectionFacts;
import vn.officialmail.gateway.trust.authentication.SenderAuthenticator;
import vn.officialmail.gateway.trust.smime.SmimeResult;
import vn.officialmail.gateway.trust.smime.SmimeVerifier;

/**
 * Refuses a forged sender before the DATA reply, when the agency chose to
 * ({@code gateway.policy.reject-spoofed-at-smtp}, inline mode only): the message is judged exactly as
 * the pipeline would judge its sender (SPF, DKIM, DMARC, a trusted S/MIME signature, the directory)
 * and a {@code SPOOFED} verdict gets 550 instead of 250, so the sending server bounces it and the
 * gateway keeps nothing. The default quarantines instead (the directives' choice), which keeps the
 * evidence; refusing is for agencies flooded with forgeries. Every refusal is audited.
 */
@Component
public final class SpoofedSenderRefusal {

    private static final Logger log = LoggerFactory.getLogger(SpoofedSenderRefusal.class);
    private static final Session SESSION = Session.getInstance(new Properties());

    private final boolean enabled;
    private final SenderAuthenticator authenticator;
    private final SmimeVerifier smime;
    private final ChannelJudge judge;
    private final AuditLog audit;

    public SpoofedSenderRefusal(
            GatewaySettings settings,
            SenderAuthenticator authenticator,
            SmimeVerifier smime,
            Directory directory,
            AuditLog audit) {
        this.enabled = settings.mode() == GatewaySettings.Mode.INLINE
                && settings.policy().rejectSpoofedAtSmtp();
        this.authenticator = authenticator;
        this.smime = smime;
        this.judge = new ChannelJudge(directory);
        this.audit = audit;
    }

    /** Throws 550 when {@code raw}, received with {@code envelope}, comes from a forged sender. */
    void check(Envelope envelope, byte[] raw) throws RejectException {
        if (!enabled) {
            return;
        }
        AuthenticationResults authentication = authenticator.authenticate(
                new ConnectionFacts(
                        envelope.remoteAddress(), envelope.helo(), envelope.mailFrom(), envelope.authenticatedUser()),
                raw);
        ChannelVerdict verdict;
        try {
            SmimeResult signature = smime.verify(raw);
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            verdict = judge.judge(message, envelope.recipients(), Optional.of(authentication), Optional.of(signature));
        } catch (MessagingException | RuntimeException e) {
            // Unparseable headers are the pipeline's to record (it keeps the message): never refuse on them.
            log.debug("Not judged at SMTP time: {}", e.getMessage());
            return;
        }
        if (verdict.channel() != Channel.SPOOFED) {
            return;
        }
        String domain = ascii(verdict.senderDomain());
        String why = authentication.reasonsInEnglish().stream().findFirst().orElse("the sender is forged");
        Map<String, String> details = new LinkedHashMap<>();
        details.put("mailFrom", envelope.mailFrom());
        details.put("from", verdict.senderAddress());
        details.put("client", envelope.remoteAddress());
        details.put("recipients", String.join(", ", envelope.recipients()));
        details.put("reasons", String.join("; ", verdict.reasons()));
        audit.record("smtp", "refused-spoofed", "address", verdict.senderAddress(), details);
        throw new RejectException(
                550,
                "5.7.1 Nguoi gui mao danh " + domain + ", thu bi tu choi / forged sender " + domain + " refused: "
                        + ascii(why));
    }

    // SMTP replies are ASCII (RFC 5321 §4.2); anything else is replaced rather than sent raw.
    private static String ascii(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        String plain =
                new String(bytes, StandardCharsets.US_ASCII).replace('\r', ' ').replace('\n', ' ');
        return plain.length() > 300 ? plain.substring(0, 300) : plain;
    }
}
