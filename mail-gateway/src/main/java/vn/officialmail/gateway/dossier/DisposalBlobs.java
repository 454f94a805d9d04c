package vn.officialmail.gateway.dossier;

import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which blobs the destruction of a dossier may delete. Originals and attachments are
 * content-addressed and shared: the same bytes may be another message's original, a document in
 * another dossier, a document registered but filed nowhere (whose retention nobody has decided),
 * a mailbox copy, a draft for comments or mail the gateway queued. A blob is deleted only when
 * every row naming it belongs to a destroyed document: a register entry all of whose dossiers are
 * destroyed, or a message all of whose register entries are. Called after the dossier is marked
 * destroyed, in the same transaction.
 */
@Component
final class DisposalBlobs {

    /** Filed at least once, and only in destroyed dossiers. */
    private static String destroyedEntry(String entry) {
        return "(exists (select 1 from dossier_document f1 where f1.register_entry_id = " + entry + ".id)"
                + " and not exists (select 1 from dossier_document f2 join dossier d2 on d2.id = f2.dossier_id"
                + " where f2.register_entry_id = " + entry + ".id and d2.state <> 'DESTROYED'))";
    }

    /** Registered at least once, and every one of its entries destroyed. */
    static String destroyedMessage(String messageId) {
        return "(exists (select 1 from register_entry e1 where e1.message_record_id = " + messageId + ")"
                + " and not exists (select 1 from register_entry e2 where e2.message_record_id = " + messageId
                + " and not " + destroyedEntry("e2") + "))";
    }

    private static final String CANDIDATES = "select e.raw_sha256 from dossier_document f"
            + " join register_entry e on e.id = f.register_entry_id where f.dossier_id = ? and e.raw_sha256 is not null"
            + " union select m.raw_sha256 from dossier_document f join register_entry e on e.id = f.register_entry_id"
            + " join message_record m on m.id = e.message_record_id where f.dossier_id = ?"
            + " union select a.sha256 from dossier_document f join register_entry e on e.id = f.register_entry_id"
            + " join message_attachment a on a.message_record_id = e.message_record_id where f.dossier_id = ?";

    private static final List<String> LIVE_REFERENCES = List.of(
            "select count(*) from register_entry e where e.raw_sha256 = ? and not " + destroyedEntry("e"),
            "select count(*) from message_record m where m.raw_sha256 = ? and not " + destroyedMessage("m.id"),
            "select count(*) from message_attachment a where a.sha256 = ? and not "
                    + destroyedMessage("a.message_record_id"),
            "select count(*) from mailbox_message mm where mm.raw_sha256 = ? and not exists (select 1 from"
                    + " message_record m where m.message_key = mm.message_key and " + destroyedMessage("m.id") + ")",
            "select count(*) from outbound_delivery o where o.blob_sha256 = ?",
            "select count(*) from consultation c where c.draft_sha256 = ?");

    private final JdbcClient jdbc;

    DisposalBlobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What destroying the dossier decides about its blobs. */
    record Split(List<String> delete, List<String> keep) {}

    /** The dossier's blobs, split into those nothing living names and those still wanted. */
    Split of(long dossierId) {
        List<String> candidates = jdbc.sql(CANDIDATES)
                .params(dossierId, dossierId, dossierId)
                .query(String.class)
                .list();
        TreeSet<String> delete = new TreeSet<>();
        TreeSet<String> keep = new TreeSet<>();
        for (String sha : new TreeSet<>(candidates)) {
            (referenced(sha) ? keep : delete).add(sha);
        }
        return new Split(List.copyOf(delete), List.copyOf(keep));
    }

    /** Whether a living row names the blob (checked again just before its file is deleted). */
    boolean referenced(String sha) {
        for (String query : LIVE_REFERENCES) {
            if (jdbc.sql(query).param(sha).query(Long.class).single() > 0) {
                return true;
            }
        }
        return false;
    }
}
