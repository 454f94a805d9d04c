package vn.officialmail.gateway.channel;

import java.util.List;

/**
 * A channel judgement with the reasons behind it, in the words shown to users and auditors.
 *
 * @param channel the channel
 * @param senderAddress the address judged (the RFC 5322 From), empty when there was none
 * @param senderDomain that address's domain, lower case
 * @param reasons why, one sentence each
 */
public record ChannelVerdict(Channel channel, String senderAddress, String senderDomain, List<String> reasons) {

    public ChannelVerdict {
        reasons = List.copyOf(reasons);
    }

    public boolean isOfficial() {
        return channel == Channel.OFFICIAL || channel == Channel.OFFICIAL_UNIT_MAILBOX;
    }
}
