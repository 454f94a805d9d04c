package vn.officialmail.gateway.matchers;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import vn.officialmail.gateway.channel.Channel;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.channel.RecipientVerdict;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Matches the recipients judged non-official (personal mailboxes), and only them: the step's
 * mailet then acts on the copy to those recipients, the others go on. With {@code DocumentTypeIs}
 * or {@code ChannelIs} in the processor before it, an agency can hold official documents on their
 * way to gmail while colleagues still get theirs. Needs {@code AssignChannel} before it. Sample:
 *
 * <pre>{@code
 * - match: PersonalRecipients
 *   mailet: HoldInQuarantine
 *   params: {reason: "văn bản gửi đến hộp thư cá nhân / official document to a personal mailbox"}
 * }</pre>
 */
public final class PersonalRecipients extends GenericMatcher {

    @Override
    public Collection<MailAddress> match(Mail mail) {
        Set<String> personal = MailAttributes.object(mail, MailAttributes.CHANNEL_VERDICT, ChannelVerdict.class)
                .map(verdict -> verdict.recipients().stream()
                        .filter(r -> r.channel() == Channel.NON_OFFICIAL)
                        .map(RecipientVerdict::address)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        if (personal.isEmpty()) {
            return List.of();
        }
        return mail.getRecipients().stream()
                .filter(recipient -> personal.contains(recipient.asString().toLowerCase(java.util.Locale.ROOT))
                        || personal.contains(recipient.asString()))
                .toList();
    }
}
