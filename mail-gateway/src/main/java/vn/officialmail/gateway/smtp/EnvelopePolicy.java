package vn.officialmail.gateway.smtp;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.subethamail.smtp.RejectException;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DomainStanding;

/**
 * What the gateway refuses before it takes a message: in inline mode, a sender domain on the
 * agency's deny list ({@code gateway.directory.deny}) gets 550 at MAIL FROM, with the reason in
 * Vietnamese and English, so the sending server bounces it to its user. In journal mode nothing
 * is refused: the gateway only receives copies and must record them all.
 */
public final class EnvelopePolicy {

    private final @Nullable Directory directory;
    private final boolean inline;

    public EnvelopePolicy(Directory directory, GatewaySettings settings) {
        this(directory, settings.mode() == GatewaySettings.Mode.INLINE);
    }

    private EnvelopePolicy(@Nullable Directory directory, boolean inline) {
        this.directory = directory;
        this.inline = inline;
    }

    /** Refuses no sender (a listener outside the gateway's flow, or tests of the SMTP layer alone). */
    static EnvelopePolicy refusingNothing() {
        return new EnvelopePolicy(null, false);
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
