package vn.officialmail.gateway.matchers;

import jakarta.mail.MessagingException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Matches mail whose sender (the judged From address) belongs, in the directory, to one of the
 * listed units or, with an agency code, to any unit of that agency: a policy for one unit or one
 * agency. Needs {@code AssignChannel} before it. Sample: {@code match: SenderUnitIs=BTP-VP,BTC}.
 */
public final class SenderUnitIs extends GenericMatcher {

    private final Directory directory;
    private Set<String> codes = Set.of();

    public SenderUnitIs(Directory directory) {
        this.directory = directory;
    }

    @Override
    public void init() throws MessagingException {
        codes = ListCondition.parse("SenderUnitIs", getCondition());
    }

    @Override
    public Collection<MailAddress> match(Mail mail) {
        return MailAttributes.object(mail, MailAttributes.CHANNEL_VERDICT, ChannelVerdict.class)
                .flatMap(verdict -> directory.unitOfMailbox(verdict.senderAddress()))
                .filter(this::listed)
                .map(unit -> (Collection<MailAddress>) mail.getRecipients())
                .orElse(List.of());
    }

    private boolean listed(Unit unit) {
        return ListCondition.contains(codes, unit.code()) || ListCondition.contains(codes, unit.agencyCode());
    }
}
