package vn.officialmail.gateway.matchers;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Matches mail whose channel verdict is official (from an issued mailbox or a unit's shared
 * mailbox). Needs {@code AssignChannel} before it. Sample:
 *
 * <pre>{@code
 * - match: IsOfficialChannel
 *   mailet: RegisterDocument
 * }</pre>
 */
public final class IsOfficialChannel extends GenericMatcher {

    private static final Set<String> OFFICIAL = Set.of("OFFICIAL", "OFFICIAL_UNIT_MAILBOX");

    @Override
    public Collection<MailAddress> match(Mail mail) {
        return MailAttributes.string(mail, MailAttributes.CHANNEL)
                .filter(OFFICIAL::contains)
                .map(channel -> (Collection<MailAddress>) mail.getRecipients())
                .orElse(List.of());
    }
}
