package vn.officialmail.gateway.dossier;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages whose every register entry was destroyed with its dossier: their originals are gone and
 * their text must not stay findable, so search leaves them out (removed when the dossier is
 * destroyed, skipped by a rebuild and a catch-up). Their records stay, as the register's do.
 */
@Component
public final class DestroyedMessages {

    private final JdbcClient jdbc;

    public DestroyedMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a message was destroyed (registered, and every entry in destroyed dossiers only). */
    public boolean destroyed(long messageId) {
        return jdbc.sql("select count(*) from message_record m where m.id = ? and "
                                + DisposalBlobs.destroyedMessage("m.id"))
                        .param(messageId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The destroyed messages among ids {@code from} to {@code to}, inclusive: one query for a batch a
     * rebuild walks.
     */
    public Set<Long> between(long from, long to) {
        return Set.copyOf(jdbc.sql("select m.id from message_record m where m.id between ? and ? and "
                        + DisposalBlobs.destroyedMessage("m.id"))
                .params(from, to)
                .query(Long.class)
                .list());
    }

    /** The messages the destruction of a dossier destroyed. */
    List<Long> ofDossier(String dossierCode) {
        return jdbc.sql("select distinct e.message_record_id from dossier_document f"
                        + " join dossier d on d.id = f.dossier_id"
                        + " join register_entry e on e.id = f.register_entry_id"
                        + " where d.code = ? and e.message_record_id is not null and "
                        + DisposalBlobs.destroyedMessage("e.message_record_id"))
                .param(dossierCode)
                .query(Long.class)
                .list();
    }
}
