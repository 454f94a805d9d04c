package vn.officialmail.gateway.dossier;

import java.util.List;

/**
 * Published after a dossier's destruction committed (and again when it is run again): the messages
 * it destroyed, for search to forget.
 *
 * @param messageIds the message records destroyed
 */
public record MessagesDestroyed(List<Long> messageIds) {

    public MessagesDestroyed {
        messageIds = List.copyOf(messageIds);
    }
}
