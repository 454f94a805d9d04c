package vn.officialmail.gateway.channel;

import java.util.List;
import vn.officialmail.gateway.directory.Direction;

/**
 * A channel judgement with the reasons behind it, in the words shown to users and auditors: for
 * the sender and for every recipient (REQUIREMENTS.md R1: both directions count).
 *
 * @param channel the sender's channel
 * @param senderAddress the address judged (the RFC 5322 From), empty when there was none
 * @param senderDomain that address's domain, lower case
 * @param reasons why, one sentence each
 * @param direction the message's way, seen from the home agencies: outbound when any recipient is
 *     outside the sender's home agency, internal when all are inside it
 * @param recipients one verdict per recipient
 */
public record ChannelVerdict(
        Channel channel,
        String senderAddress,
        String senderDomain,
        List<String> reasons,
        Direction direction,
        List<RecipientVerdict> recipients) {

    public ChannelVerdict {
        reasons = List.copyOf(reasons);
        recipients = List.copyOf(recipients);
    }

    /** A sender-only verdict (no recipients judged), inbound. */
    public ChannelVerdict(Channel channel, String senderAddress, String senderDomain, List<String> reasons) {
        this(channel, senderAddress, senderDomain, reasons, Direction.INBOUND, List.of());
    }

    public boolean isOfficial() {
        return channel == Channel.OFFICIAL || channel == Channel.OFFICIAL_UNIT_MAILBOX;
    }
}
