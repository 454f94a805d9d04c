package vn.officialmail.gateway.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.lang3.StringUtils;
import org.springframework.core.Ordered;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.audit.AuditLog;

/**
 * The incoming register (sổ đăng ký văn bản đến, Decree 30/2020 Art. 22 and Appendix IV). The
 * incoming number is gapless per register per calendar year in Asia/Ho_Chi_Minh: the counter row
 * is incremented inside the registering transaction, so a rolled-back registration never takes a
 * number and concurrent writers queue on the row lock.
 *
 * <p>That lock is held until commit, so it is taken as late as possible: a registration only
 * joins the transaction's list, and just before the commit all of the transaction's
 * registrations take consecutive numbers in order of receipt with one counter update. Writers
 * then wait for each other only for the commit itself, not for the rest of their pipeline. The
 * registry issue refines what gets a number and adds the legal columns.
 */
@Service
public final class IncomingRegister {

    /** The default register's code. */
    public static final String DEFAULT_REGISTER = "incoming";

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The audit action of a registration; its details carry the entry's hash. */
    static final String REGISTERED = "registered";

    private final JdbcClient jdbc;
    private final TransactionTemplate separateTransaction;
    private final AuditLog audit;
    private final Clock clock;
    private final Set<String> knownCounters = ConcurrentHashMap.newKeySet();

    public IncomingRegister(JdbcClient jdbc, PlatformTransactionManager transactions, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Registers a message (once). Inside a transaction the number is assigned just before it
     * commits; outside one, at once. A message already registered keeps its entry.
     */
    public Registration register(
            long messageRecordId, String rawSha256, String sender, String subject, Instant receivedAt) {
        Optional<RegisterEntry> existing = entryOf(messageRecordId);
        if (existing.isPresent()) {
            return Registration.of(existing.get());
        }
        int year = receivedAt.atZone(VIETNAM).getYear();
        ensureCounter(DEFAULT_REGISTER, year);
        Pending pending = new Pending(
                new Registration(),
                DEFAULT_REGISTER,
                year,
                messageRecordId,
                rawSha256,
                StringUtils.truncate(sender, 512),
                StringUtils.truncate(subject, 4000),
                receivedAt);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            List<Pending> ofThisTransaction = pendingOfThisTransaction();
            for (Pending earlier : ofThisTransaction) {
                if (earlier.messageRecordId() == messageRecordId) {
                    return earlier.registration();
                }
            }
            ofThisTransaction.add(pending);
        } else {
            assignNumbers(List.of(pending));
        }
        return pending.registration();
    }

    /** The register entry of a message, if it has one. */
    public Optional<RegisterEntry> entryOf(long messageRecordId) {
        return jdbc.sql("select register_code, register_year, number, message_record_id, registered_at"
                        + " from register_entry where message_record_id = ?")
                .param(messageRecordId)
                .query((rs, row) -> new RegisterEntry(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    private List<Pending> pendingOfThisTransaction() {
        @SuppressWarnings("unchecked")
        List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Pending> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new NumbersAtCommit(created));
            return created;
        }
        return pending;
    }

    /** Takes consecutive numbers for the registrations, one counter update per register and year. */
    private void assignNumbers(List<Pending> registrations) {
        Map<String, List<Pending>> bySeries = new LinkedHashMap<>();
        registrations.stream()
                .sorted(Comparator.comparing(Pending::receivedAt).thenComparingLong(Pending::messageRecordId))
                .forEach(p -> bySeries.computeIfAbsent(p.registerCode() + "/" + p.year(), k -> new ArrayList<>())
                        .add(p));
        // Stored to the microsecond by both databases: the hash must see what is read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (List<Pending> series : bySeries.values()) {
            Pending first = series.get(0);
            jdbc.sql("update register_counter set last_number = last_number + ?"
                            + " where register_code = ? and register_year = ?")
                    .params(series.size(), first.registerCode(), first.year())
                    .update();
            long last = jdbc.sql(
                            "select last_number from register_counter where register_code = ? and register_year = ?")
                    .params(first.registerCode(), first.year())
                    .query(Long.class)
                    .single();
            long number = last - series.size();
            for (Pending p : series) {
                number++;
                String entryHash = RegisterEntryHash.of(
                        p.registerCode(),
                        p.year(),
                        number,
                        p.messageRecordId(),
                        p.rawSha256(),
                        now,
                        p.sender(),
                        p.subject());
                insertEntry(p, number, now, entryHash);
                RegisterEntry entry = new RegisterEntry(p.registerCode(), p.year(), number, p.messageRecordId(), now);
                p.registration().assign(entry);
                audit.record(
                        "gateway",
                        REGISTERED,
                        "message",
                        Long.toString(p.messageRecordId()),
                        Map.of("register", entry.registerCode(), "number", entry.display(), "entryHash", entryHash));
            }
        }
    }

    private void insertEntry(Pending p, long number, Instant now, String entryHash) {
        jdbc.sql("insert into register_entry (register_code, register_year, number, message_record_id, registered_at,"
                        + " sender, subject, raw_sha256, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        p.registerCode(),
                        p.year(),
                        number,
                        p.messageRecordId(),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        p.sender(),
                        p.subject(),
                        p.rawSha256(),
                        entryHash)
                .update();
    }

    /** Creates the year's counter in its own transaction, so a lost race aborts nothing else. */
    private void ensureCounter(String register, int year) {
        String series = register + "/" + year;
        if (knownCounters.contains(series)) {
            return; // counters are never deleted
        }
        createCounterIfMissing(register, year);
        knownCounters.add(series);
    }

    private void createCounterIfMissing(String register, int year) {
        boolean exists = jdbc.sql("select count(*) from register_counter where register_code = ? and register_year = ?")
                        .params(register, year)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            return;
        }
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.sql(
                            "insert into register_counter (register_code, register_year, last_number) values (?, ?, 0)")
                    .params(register, year)
                    .update());
        } catch (DuplicateKeyException e) {
            // Another writer created it first: exactly what was wanted.
        }
    }

    private record Pending(
            Registration registration,
            String registerCode,
            int year,
            long messageRecordId,
            String rawSha256,
            String sender,
            String subject,
            Instant receivedAt) {}

    /** Numbers the transaction's registrations last, just before it commits. */
    private final class NumbersAtCommit implements TransactionSynchronization {

        private final List<Pending> pending;

        NumbersAtCommit(List<Pending> pending) {
            this.pending = pending;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE; // after everything else that writes before commit
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            assignNumbers(pending);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(IncomingRegister.this);
        }
    }
}
