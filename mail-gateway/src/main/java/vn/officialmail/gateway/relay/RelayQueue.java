package vn.officialmail.gateway.relay;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.officialmail.gateway.GatewaySettings;

/**
 * The queue of mail to relay to the next hop (RFC 5321 §4.5.4: a relay queues what it accepted and
 * retries until it can deliver or must give up). A row is written in the caller's transaction,
 * so it commits or vanishes with the message's record; queueing the same message again is a
 * no-op, so replaying a message never relays it twice. In journal mode nothing is queued.
 */
@Component
public final class RelayQueue {

    /** Waiting for its next attempt. */
    public static final String PENDING = "PENDING";
    /** Claimed by a deliverer; an attempt is in progress. */
    public static final String SENDING = "SENDING";
    /** No recipient is left to retry and at least one took the message. */
    public static final String DELIVERED = "DELIVERED";
    /** No recipient took the message. */
    public static final String FAILED = "FAILED";

    private static final Set<String> STATES = Set.of(PENDING, SENDING, DELIVERED, FAILED);

    private final GatewaySettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RelaySignal signal;

    public RelayQueue(GatewaySettings settings, JdbcClient jdbc, Clock clock, RelaySignal signal) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.signal = signal;
    }

    /**
     * Queues a recorded message for relay, in the caller's transaction; deliverers are woken when
     * it commits.
     *
     * @param messageRecordId the message record whose original ({@code raw_sha256}) is sent
     * @param mailFrom the envelope sender, empty for the null reverse path {@code <>}
     * @param recipients the envelope recipients
     */
    public void enqueue(long messageRecordId, String mailFrom, List<String> recipients) {
        insert("message_record_id", messageRecordId, mailFrom, recipients);
    }

    /**
     * Queues a recorded message to go on as a copy the gateway changed (tagged headers), in the
     * caller's transaction. The record stays the message's; the blob is what is sent.
     *
     * @param messageRecordId the message record
     * @param copySha256 the blob of the copy to send
     * @param mailFrom the envelope sender, empty for the null reverse path {@code <>}
     * @param recipients the envelope recipients
     */
    public void enqueueCopy(long messageRecordId, String copySha256, String mailFrom, List<String> recipients) {
        if (!copySha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("blob name must be 64 lower-case hex digits: " + copySha256);
        }
        if (settings.mode() == GatewaySettings.Mode.JOURNAL) {
            return;
        }
        checkEnvelope(mailFrom, recipients);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int inserted = jdbc.sql("insert into outbound_delivery (message_record_id, blob_sha256, mail_from, recipients,"
                        + " state, attempts, next_attempt_at, created_at)"
                        + " select ?, ?, ?, ?, ?, 0, ?, ? from (values (1)) as one (x)"
                        + " where not exists (select 1 from outbound_delivery where message_record_id = ?)")
                .params(
                        messageRecordId,
                        copySha256,
                        mailFrom,
                        String.join("\n", recipients),
                        PENDING,
                        now,
                        now,
                        messageRecordId)
                .update();
        if (inserted > 0) {
            wakeUpAfterCommit();
        }
    }

    /**
     * Queues mail the gateway wrote itself (a delivery status notification, a notice), stored in
     * the blob store, in the caller's transaction. Queueing the same blob again is a no-op.
     *
     * @param blobSha256 the blob to send
     * @param mailFrom the envelope sender, empty for the null reverse path {@code <>}
     * @param recipients the envelope recipients
     */
    public void enqueueBlob(String blobSha256, String mailFrom, List<String> recipients) {
        if (!blobSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("blob name must be 64 lower-case hex digits: " + blobSha256);
        }
        insert("blob_sha256", blobSha256, mailFrom, recipients);
    }

    /** The relay status of a recorded message; empty if it was never queued (journal mode). */
    public Optional<DeliveryStatus> statusOf(long messageRecordId) {
        return jdbc.sql("select state, attempts, last_error, next_attempt_at, finished_at"
                        + " from outbound_delivery where message_record_id = ?")
                .param(messageRecordId)
                .query((rs, row) -> {
                    String state = rs.getString(1);
                    OffsetDateTime next = rs.getObject(4, OffsetDateTime.class);
                    OffsetDateTime finished = rs.getObject(5, OffsetDateTime.class);
                    return new DeliveryStatus(
                            state,
                            rs.getInt(2),
                            Optional.ofNullable(rs.getString(3)),
                            PENDING.equals(state) ? Optional.of(next.toInstant()) : Optional.empty(),
                            Optional.ofNullable(finished).map(OffsetDateTime::toInstant));
                })
                .optional();
    }

    /** How many rows are in a state: {@code PENDING}, {@code SENDING}, {@code DELIVERED} or {@code FAILED}. */
    public long countByState(String state) {
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("state must be one of " + STATES + ": " + state);
        }
        return jdbc.sql("select count(*) from outbound_delivery where state = ?")
                .param(state)
                .query(Long.class)
                .single();
    }

    private void insert(String keyColumn, Object key, String mailFrom, List<String> recipients) {
        if (settings.mode() == GatewaySettings.Mode.JOURNAL) {
            return; // the agency's mail server already delivered it; the gateway only records
        }
        checkEnvelope(mailFrom, recipients);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // "where not exists" keeps a replay from queueing twice; the unique constraint on the key
        // column stops two concurrent transactions, the later one fails and rolls back.
        int inserted = jdbc.sql("insert into outbound_delivery (" + keyColumn
                        + ", mail_from, recipients, state, attempts, next_attempt_at, created_at)"
                        + " select ?, ?, ?, ?, 0, ?, ? from (values (1)) as one (x)"
                        + " where not exists (select 1 from outbound_delivery where " + keyColumn + " = ?)")
                .params(key, mailFrom, String.join("\n", recipients), PENDING, now, now, key)
                .update();
        if (inserted > 0) {
            wakeUpAfterCommit();
        }
    }

    private void wakeUpAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wakeUp();
                }
            });
        } else {
            signal.wakeUp();
        }
    }

    /** Envelope addresses go verbatim into MAIL FROM and RCPT TO: no line breaks, no brackets. */
    static void checkEnvelope(String mailFrom, List<String> recipients) {
        if (!isSafeAddress(mailFrom)) {
            throw new IllegalArgumentException("mail from must be an address without <, > or line breaks: " + mailFrom);
        }
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("recipients must not be empty: " + recipients);
        }
        for (String recipient : recipients) {
            if (recipient.isEmpty() || !isSafeAddress(recipient)) {
                throw new IllegalArgumentException(
                        "recipient must be a non-empty address without <, > or line breaks: " + recipient);
            }
        }
    }

    static boolean isSafeAddress(String address) {
        return address.chars().noneMatch(c -> c == '\r' || c == '\n' || c == '<' || c == '>' || c == 0);
    }
}
