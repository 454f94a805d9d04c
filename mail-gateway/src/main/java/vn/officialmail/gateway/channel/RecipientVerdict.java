package vn.officialmail.gateway.channel;

import java.util.Optional;
import vn.officialmail.gateway.directory.Direction;

/**
 * The channel as one recipient's mailbox makes it: an official mailbox, a unit's shared mailbox
 * (official inside its agency only), or a personal or outside one; and which way the mail goes
 * to it.
 *
 * @param address the recipient, lower case
 * @param domain its domain
 * @param channel {@code OFFICIAL}, {@code OFFICIAL_UNIT_MAILBOX} or {@code NON_OFFICIAL}
 * @param direction from the sender to this recipient, seen from the home agencies
 * @param unitCode the recipient's unit when the directory knows the mailbox
 * @param reason why, in Vietnamese
 */
public record RecipientVerdict(
        String address, String domain, Channel channel, Direction direction, Optional<String> unitCode, String reason) {

    public boolean isOfficial() {
        return channel == Channel.OFFICIAL || channel == Channel.OFFICIAL_UNIT_MAILBOX;
    }
}
