package vn.officialmail.gateway.matchers;

import jakarta.mail.MessagingException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Matches mail going one of the listed ways, seen from the agency ({@code INBOUND},
 * {@code OUTBOUND}, {@code INTERNAL}, {@code BETWEEN_AGENCIES}, {@code EXTERNAL}). Needs
 * {@code AssignChannel} before it. Sample: {@code match: DirectionIs=OUTBOUND}.
 */
public final class DirectionIs extends GenericMatcher {

    private Set<String> directions = Set.of();

    @Override
    public void init() throws MessagingException {
        directions = ListCondition.parse("DirectionIs", getCondition());
    }

    @Override
    public Collection<MailAddress> match(Mail mail) {
        return MailAttributes.object(mail, MailAttributes.CHANNEL_VERDICT, ChannelVerdict.class)
                .filter(verdict ->
                        ListCondition.contains(directions, verdict.direction().name()))
                .map(verdict -> (Collection<MailAddress>) mail.getRecipients())
                .orElse(List.of());
    }
}
