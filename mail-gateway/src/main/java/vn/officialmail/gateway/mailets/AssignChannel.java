package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.channel.ChannelJudge;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.trust.authentication.AuthenticationResults;
import vn.officialmail.gateway.trust.smime.SmimeResult;

/**
 * Judges the channel a message came by (REQUIREMENTS.md R1), for the sender and for every envelope
 * recipient with the direction against the directory, and puts the verdict on the mail for the
 * matchers and mailets after it. Sample:
 *
 * <pre>{@code
 * - match: All
 *   mailet: AssignChannel
 * }</pre>
 */
public final class AssignChannel extends GenericMailet {

    private final ChannelJudge judge;

    public AssignChannel(ChannelJudge judge) {
        this.judge = judge;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        ChannelVerdict verdict = judge.judge(
                mail.getMessage(),
                mail.getRecipients().stream().map(MailAddress::asString).toList(),
                MailAttributes.object(mail, MailAttributes.AUTHENTICATION, AuthenticationResults.class),
                MailAttributes.object(mail, MailAttributes.SMIME, SmimeResult.class));
        MailAttributes.setString(mail, MailAttributes.CHANNEL, verdict.channel().name());
        MailAttributes.setObject(mail, MailAttributes.CHANNEL_VERDICT, verdict);
    }

    @Override
    public String getMailetInfo() {
        return "Assigns the channel verdict (official, non-official, ...)";
    }
}
