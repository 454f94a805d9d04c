package vn.officialmail.gateway.smtp;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.RejectException;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DomainStanding;
import vn.officialmail.gateway.spool.Envelope;

/**
 * What the gateway refuses before it takes a message: in inline mode, a sender domain on the
 * agency's deny list ({@code gateway.directory.deny}) gets 550 at MAIL FROM, with the reason in
 * Vietnamese and English, so the sending server bounces it to its user. In journal mode nothing
 * is refused: the gateway only receives copies and must record them all. When the agency asks
 * for it, a forged sender is refused at the end of DATA as well ({@link SpoofedSenderRefusal}).
 */
@Component
public final class EnvelopePolicy {

    private final @Nullable Directory directory;
    private final boolean inline;
    private final @Nullable SpoofedSenderRefusal spoofed;

    @Autowired
    public EnvelopePolicy(Directory directory, GatewaySettings settings, SpoofedSenderRefusal spoofed) {
        this(directory, settings.mode() == GatewaySettings.Mode.INLINE, spoofed);
    }

    private EnvelopePolicy(@Nullable Directory directory, boolean inline, @Nullable SpoofedSenderRefusal spoofed) {
        this.directory = directory;
        this.inline = inline;
        this.spoofed = spoofed;
    }

    /** Refuses no sender (a listener outside the gateway's flow, or tests of the SMTP layer alone). */
    static EnvelopePolicy refusingNothing() {
        return new EnvelopePolicy(null, false, null);
    }

    /** Throws the SMTP refusal, before the DATA reply, when the message's sender is forged and the agency refuses such mail. */
    void checkMessage(Envelope envelope, byte[] raw) throws RejectException {
        if (spoofed != null) {
            spoofed.check(envelope, raw);
        }
    }

    /** Throws the SMTP refusal when the reverse path's domain is denied. */
    void checkSender(String mailFrom) throws RejectException {
        if (!inline || directory == null || mailFrom.isEmpty() || mailFrom.indexOf('@') < 0) {
            return;
        }
        String domain = mailFrom.substring(mailFrom.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        DomainStanding standing = directory.standing(domain);
        if (standing.kind() == DomainStanding.Kind.DENIED) {
            throw new RejectException(
                    550,
                    "5.7.1 Ten mien " + domain + " bi chan theo chinh sach cua co quan / sender domain " + domain
                            + " is refused by the agency's policy"
                            + standing.rule().map(rule -> " (" + rule + ")").orElse(""));
        }
    }
}
