package vn.officialmail.gateway.matchers;

import jakarta.mail.MessagingException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Matches mail whose sender's channel is one of those listed ({@code OFFICIAL},
 * {@code OFFICIAL_UNIT_MAILBOX}, {@code NON_OFFICIAL}, {@code SPOOFED}, {@code UNVERIFIED}). Needs
 * {@code AssignChannel} before it. Sample: {@code match: ChannelIs=NON_OFFICIAL,UNVERIFIED}.
 */
public final class ChannelIs extends GenericMatcher {

    private Set<String> channels = Set.of();

    @Override
    public void init() throws MessagingException {
        channels = ListCondition.parse("ChannelIs", getCondition());
    }

    @Override
    public Collection<MailAddress> match(Mail mail) {
        return MailAttributes.string(mail, MailAttributes.CHANNEL)
                .filter(channel -> ListCondition.contains(channels, channel))
                .map(channel -> (Collection<MailAddress>) mail.getRecipients())
                .orElse(List.of());
    }
}
