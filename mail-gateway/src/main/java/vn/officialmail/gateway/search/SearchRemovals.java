package vn.officialmail.gateway.search;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.dossier.MessagesDestroyed;
import vn.officialmail.indexer.index.MailIndex;

/**
 * Removes destroyed messages from the index and commits, so their text is no longer found, even
 * after a crash; a rebuild does not bring them back ({@link Reindexer} skips them).
 */
@Component
public final class SearchRemovals {

    private final MailIndex index;

    public SearchRemovals(MailIndex index) {
        this.index = index;
    }

    @EventListener
    public void on(MessagesDestroyed destroyed) {
        if (destroyed.messageIds().isEmpty()) {
            return;
        }
        destroyed.messageIds().forEach(index::delete);
        index.commit();
        index.refresh();
    }
}
