package vn.officialmail.gateway.matchers;

import java.util.Collection;
import java.util.List;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import vn.officialmail.gateway.channel.Channel;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Matches mail whose channel verdict is spoofed: it claims a sender that authentication refutes.
 * Needs {@code AssignChannel} before it. Sample:
 *
 * <pre>{@code
 * - match: IsSpoofed
 *   mailet: ToProcessor
 *   params: {processor: quarantine}
 * }</pre>
 */
public final class IsSpoofed extends GenericMatcher {

    @Override
    public Collection<MailAddress> match(Mail mail) {
        return MailAttributes.string(mail, MailAttributes.CHANNEL)
                .filter(Channel.SPOOFED.name()::equals)
                .map(channel -> (Collection<MailAddress>) mail.getRecipients())
                .orElse(List.of());
    }
}
