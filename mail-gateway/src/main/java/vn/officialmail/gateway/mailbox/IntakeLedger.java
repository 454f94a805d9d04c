package vn.officialmail.gateway.mailbox;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.processing.MessageKey;
import vn.officialmail.gateway.spool.Envelope;
import vn.officialmail.gateway.spool.HeaderEnvelope;
import vn.officialmail.gateway.spool.Spool;

/**
 * Exactly-once intake keyed on content: Message-ID plus SHA-256 of the raw octets. New content
 * goes into the durable spool (the same one SMTP mail goes to) before anything is written here,
 * so a crash in between only causes a replay the pipeline recognises by its message key. Every
 * mailbox folder a message was found in gets one receipt.
 */
@Component
final class IntakeLedger {

    private static final String MAILBOX_SOURCE = "imap";

    private final JdbcClient jdbc;
    private final Spool spool;
    private final Clock clock;

    IntakeLedger(JdbcClient jdbc, Spool spool, Clock clock) {
        this.jdbc = jdbc;
        this.spool = spool;
        this.clock = clock;
    }

    /** Where a message was found. */
    record Found(MailboxAccount account, String folder, long uidValidity, long uid, String serverAddress) {}

    /** What taking one message did: spooled new content or not, new receipt or not. */
    record Taken(long mailboxMessageId, boolean newContent, boolean newReceipt) {}

    /**
     * Takes one message; safe to call again for the same message.
     *
     * @throws IOException when the spool cannot take it (then nothing is recorded and the server is not touched)
     */
    Taken take(Found found, byte[] raw) throws IOException, MessagingException {
        String sha256 = BlobStore.sha256Hex(raw);
        String messageId = HeaderEnvelope.messageId(raw);
        String contentKey = BlobStore.sha256Hex((messageId + "\n" + sha256).getBytes(StandardCharsets.UTF_8));
        Instant now = clock.instant();
        Optional<Long> known = messageIdOf(contentKey);
        boolean newContent = known.isEmpty();
        long id;
        if (newContent) {
            Envelope envelope = HeaderEnvelope.of(
                    raw, found.serverAddress(), found.account().host(), now, MAILBOX_SOURCE);
            spool.append(envelope, raw); // durable when it returns
            id = record(contentKey, messageId, sha256, MessageKey.of(sha256, envelope), now);
        } else {
            id = known.get();
        }
        return new Taken(id, newContent, receipt(found, id, now));
    }

    private long record(String contentKey, String messageId, String sha256, String messageKey, Instant now) {
        try {
            jdbc.sql("insert into mailbox_message (content_key, message_id_header, raw_sha256, message_key,"
                            + " first_seen_at) values (?, ?, ?, ?, ?)")
                    .params(contentKey, messageId, sha256, messageKey, utc(now))
                    .update();
        } catch (DuplicateKeyException e) {
            // Another mailbox took the same message at the same moment; the pipeline keeps one record.
        }
        return messageIdOf(contentKey).orElseThrow();
    }

    private boolean receipt(Found found, long mailboxMessageId, Instant now) {
        // After a UIDVALIDITY change the same message comes back under a new UID: the receipt moves with it.
        int moved = jdbc.sql("update mailbox_receipt set uid_validity = ?, uid = ? where account_id = ? and folder = ?"
                        + " and mailbox_message_id = ?")
                .params(found.uidValidity(), found.uid(), found.account().id(), found.folder(), mailboxMessageId)
                .update();
        if (moved > 0) {
            return false;
        }
        try {
            jdbc.sql(
                            "insert into mailbox_receipt (mailbox_message_id, account_id, unit_code, folder, uid_validity, uid,"
                                    + " received_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            mailboxMessageId,
                            found.account().id(),
                            found.account().unit(),
                            found.folder(),
                            found.uidValidity(),
                            found.uid(),
                            utc(now))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private Optional<Long> messageIdOf(String contentKey) {
        return jdbc.sql("select id from mailbox_message where content_key = ?")
                .param(contentKey)
                .query(Long.class)
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
