package vn.officialmail.gateway.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.lang3.StringUtils;
import org.springframework.core.Ordered;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.audit.AuditLog;

/**
 * The registers' numbering: the incoming register (sổ đăng ký văn bản đến, Decree 30/2020 Art. 22
 * and Appendix IV), the outgoing register (sổ đăng ký văn bản đi) and any other register of
 * {@link Registers}, each numbered apart. The number is gapless per register per calendar year in Asia/Ho_Chi_Minh: the counter row
 * is incremented inside the registering transaction, so a rolled-back registration never takes a
 * number and concurrent writers queue on the row lock.
 *
 * <p>That lock is held until commit, so it is taken as late as possible: a registration only
 * joins the transaction's list, and just before the commit all of the transaction's
 * registrations take consecutive numbers in order of receipt with one counter update. Writers
 * then wait for each other only for the commit itself, not for the rest of their pipeline.
 */
@Service
public final class IncomingRegister {

    /** The default register's code. */
    public static final String DEFAULT_REGISTER = "incoming";

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The audit action of a registration; its details carry the entry's hash. */
    static final String REGISTERED = "registered";

    /** The audit subject type of a paper document's registration. */
    static final String PAPER = "paper-document";

    /** Who registers what the pipeline registers on its own. */
    public static final String GATEWAY = "gateway";

    private final JdbcClient jdbc;
    private final TransactionTemplate separateTransaction;
    private final AuditLog audit;
    private final Clock clock;
    private final RegisterDuplicates duplicates;
    private final Set<String> knownCounters = ConcurrentHashMap.newKeySet();
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    /** Told of every new entry inside its registering transaction, once its number is taken. */
    @FunctionalInterface
    public interface EntryListener {
        void registered(RegisterEntry entry, DocumentParticulars document);
    }

    /** Adds a listener (e.g. filing into dossiers); what it writes commits or rolls back with the entry. */
    public void onEntry(EntryListener listener) {
        listeners.add(listener);
    }

    public IncomingRegister(JdbcClient jdbc, PlatformTransactionManager transactions, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.duplicates = new RegisterDuplicates(jdbc, audit, clock);
        this.audit = audit;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Registers a message known only by its sender and subject (see the full form below). */
    public Registration register(
            long messageRecordId, String rawSha256, String sender, String subject, Instant receivedAt) {
        return register(messageRecordId, rawSha256, DocumentParticulars.of(sender, subject), receivedAt, GATEWAY);
    }

    /**
     * Registers a message (once). Inside a transaction the number is assigned just before it
     * commits; outside one, at once. A message already registered keeps its entry; a second copy
     * of a registered document (the same original, or the same number, symbol and issuer) takes
     * no number and is linked to the first entry instead.
     */
    public Registration register(
            long messageRecordId,
            String rawSha256,
            DocumentParticulars document,
            Instant receivedAt,
            String registeredBy) {
        return register(DEFAULT_REGISTER, messageRecordId, rawSha256, document, receivedAt, registeredBy);
    }

    /**
     * Registers a message (once) in the register {@code registerCode}, as above. A message has at
     * most one entry whatever the register; copies are looked for within the same register.
     */
    public Registration register(
            String registerCode,
            long messageRecordId,
            String rawSha256,
            DocumentParticulars document,
            Instant receivedAt,
            String registeredBy) {
        Optional<Registration> registered = earlierRegistration(registerCode, messageRecordId);
        if (registered.isPresent()) {
            return registered.get();
        }
        Optional<String> key = duplicateKey(document, rawSha256);
        Optional<FirstCopy> first = firstCopy(registerCode, rawSha256, key);
        if (first.isPresent()) {
            duplicates.record(
                    messageRecordId,
                    first.get().entry(),
                    first.get().sameOriginal() ? RegisterDuplicates.SAME_ORIGINAL : reason(document));
            return Registration.duplicateOf(first.get().entry());
        }
        Pending pending = pending(
                registerCode, OptionalLong.of(messageRecordId), rawSha256, document, receivedAt, registeredBy, key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            List<Pending> ofThisTransaction = pendingOfThisTransaction();
            for (Pending earlier : ofThisTransaction) {
                // A message may be in two registers (sent between two agencies this gateway serves): once in each.
                if (earlier.messageRecordId().equals(pending.messageRecordId())
                        && earlier.registerCode().equals(registerCode)) {
                    return earlier.registration();
                }
                if (!earlier.registerCode().equals(registerCode)) {
                    continue;
                }
                boolean sameOriginalEarlier = rawSha256 != null && rawSha256.equals(earlier.rawSha256());
                if (sameOriginalEarlier || key.isPresent() && key.equals(earlier.duplicateKey())) {
                    String why = sameOriginalEarlier ? RegisterDuplicates.SAME_ORIGINAL : reason(document);
                    earlier.duplicates().add(new Duplicate(messageRecordId, why, pending.registration()));
                    return pending.registration();
                }
            }
            ofThisTransaction.add(pending);
        } else {
            assignNumbers(List.of(pending));
        }
        return pending.registration();
    }

    /**
     * Enters a paper document by hand in the same series as electronic ones (Decree 30/2020 Art.
     * 22.2). Call it inside a transaction: the number is taken at its commit.
     *
     * @throws DuplicateDocumentException when the document (number, symbol, issuer) is registered
     */
    public Registration registerPaper(DocumentParticulars document, Instant receivedAt, String clerk) {
        return registerPaper(DEFAULT_REGISTER, document, receivedAt, clerk);
    }

    /** Enters a paper document by hand in the register {@code registerCode}, as above. */
    public Registration registerPaper(
            String registerCode, DocumentParticulars document, Instant receivedAt, String clerk) {
        Optional<String> key = document.identityKey();
        Optional<RegisterEntry> first = key.flatMap(k -> entryByDuplicateKey(registerCode, k));
        if (first.isPresent()) {
            throw new DuplicateDocumentException(first.get());
        }
        Pending pending = pending(registerCode, OptionalLong.empty(), null, document, receivedAt, clerk, key);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a paper registration needs a transaction");
        }
        for (Pending earlier : pendingOfThisTransaction()) {
            if (key.isPresent() && key.equals(earlier.duplicateKey()) && registerCode.equals(earlier.registerCode())) {
                throw new DuplicateDocumentException(null);
            }
        }
        pendingOfThisTransaction().add(pending);
        return pending.registration();
    }

    private Pending pending(
            String registerCode,
            OptionalLong messageRecordId,
            String rawSha256,
            DocumentParticulars document,
            Instant receivedAt,
            String registeredBy,
            Optional<String> duplicateKey) {
        int year = receivedAt.atZone(VIETNAM).getYear();
        ensureCounter(registerCode, year);
        // Kept to the microsecond, as both databases store it: the hash must see what is read back.
        Instant arrival = receivedAt.truncatedTo(ChronoUnit.MICROS);
        return new Pending(
                new Registration(),
                registerCode,
                year,
                messageRecordId,
                rawSha256,
                document,
                arrival,
                StringUtils.truncate(registeredBy, 255),
                duplicateKey,
                new ArrayList<>());
    }

    /** The identity of a document for duplicates: its number, symbol and issuer, else its original. */
    private static Optional<String> duplicateKey(DocumentParticulars document, String rawSha256) {
        return document.identityKey().or(() -> Optional.ofNullable(rawSha256).map(sha -> "sha256:" + sha));
    }

    private static String reason(DocumentParticulars document) {
        return document.identityKey().isPresent()
                ? RegisterDuplicates.SAME_NUMBER_SYMBOL_ISSUER
                : RegisterDuplicates.SAME_ORIGINAL;
    }

    /** The message's entry in a register, or the entry it was linked to there as a copy: one query for both. */
    private Optional<Registration> earlierRegistration(String registerCode, long messageRecordId) {
        return jdbc
                .sql("select 0, " + ENTRY_COLUMNS
                        + " from register_entry where message_record_id = ? and register_code = ?"
                        + " union all select 1, e.id, e.register_code, e.register_year, e.number, e.message_record_id,"
                        + " e.registered_at from register_duplicate d join register_entry e on e.id = d.entry_id"
                        + " where d.message_record_id = ? and e.register_code = ?")
                .params(messageRecordId, registerCode, messageRecordId, registerCode)
                .query((rs, row) -> {
                    RegisterEntry entry = entryAt(rs, 1);
                    return rs.getInt(1) == 0 ? Registration.of(entry) : Registration.duplicateOf(entry);
                })
                .list()
                .stream()
                .findFirst();
    }

    /** The first entry of a document, and whether it was found by its original. */
    private record FirstCopy(RegisterEntry entry, boolean sameOriginal) {}

    /** The first entry of the same original, or of the same number, symbol and issuer: one query. */
    private Optional<FirstCopy> firstCopy(String registerCode, String rawSha256, Optional<String> key) {
        if (rawSha256 == null && key.isEmpty()) {
            return Optional.empty();
        }
        // Two indexed lookups in one round trip (an OR of two columns would scan the register on H2).
        return jdbc
                .sql("select 1, " + ENTRY_COLUMNS + " from register_entry where register_code = ? and raw_sha256 = ?"
                        + " union all select 0, " + ENTRY_COLUMNS
                        + " from register_entry where register_code = ? and duplicate_key = ?")
                .params(registerCode, rawSha256, registerCode, key.orElse(null))
                .query((rs, row) -> new FirstCopy(entryAt(rs, 1), rs.getInt(1) == 1))
                .list()
                .stream()
                .min(Comparator.comparing((FirstCopy copy) -> copy.entry().year())
                        .thenComparing(copy -> copy.entry().number())
                        .thenComparing(copy -> !copy.sameOriginal()));
    }

    private Optional<RegisterEntry> entryByDuplicateKey(String register, String key) {
        return jdbc.sql("select " + ENTRY_COLUMNS
                        + " from register_entry where register_code = ? and duplicate_key = ?")
                .params(register, key)
                .query(IncomingRegister::entry)
                .optional();
    }

    /**
     * The register entry of a message, if it has one; a message sent between two agencies this
     * gateway serves has two (the sender's outgoing, then the recipient's incoming): the last one,
     * the receiving side's, is the one shown.
     */
    public Optional<RegisterEntry> entryOf(long messageRecordId) {
        return jdbc
                .sql("select " + ENTRY_COLUMNS + " from register_entry where message_record_id = ? order by id desc")
                .param(messageRecordId)
                .query(IncomingRegister::entry)
                .list()
                .stream()
                .findFirst();
    }

    /** The later copies linked to a register's entry {@code number/year}, with their recipients. */
    public List<RegisterDuplicates.LaterCopy> laterCopies(String registerCode, int year, long number) {
        return jdbc.sql("select id from register_entry where register_code = ? and register_year = ? and number = ?")
                .params(registerCode, year, number)
                .query(Long.class)
                .optional()
                .map(duplicates::laterCopies)
                .orElse(List.of());
    }

    /** The first entry of the document a message duplicates, when it was found to be one. */
    public Optional<RegisterEntry> duplicateOf(long messageRecordId) {
        return duplicates.duplicateOf(messageRecordId);
    }

    static final String ENTRY_COLUMNS = "id, register_code, register_year, number, message_record_id, registered_at";

    static RegisterEntry entry(ResultSet rs, int row) throws SQLException {
        return entryAt(rs, 0);
    }

    /** The entry in {@link #ENTRY_COLUMNS} order, starting after {@code offset} other columns. */
    private static RegisterEntry entryAt(ResultSet rs, int offset) throws SQLException {
        long messageId = rs.getLong(offset + 5);
        return new RegisterEntry(
                rs.getLong(offset + 1),
                rs.getString(offset + 2),
                rs.getInt(offset + 3),
                rs.getLong(offset + 4),
                rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(messageId),
                rs.getObject(offset + 6, OffsetDateTime.class).toInstant());
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
                .sorted(Comparator.comparing(Pending::receivedAt)
                        .thenComparingLong(p -> p.messageRecordId().orElse(Long.MAX_VALUE)))
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
                        RegisterEntryHash.CURRENT_VERSION,
                        p.registerCode(),
                        p.year(),
                        number,
                        p.messageRecordId(),
                        p.rawSha256(),
                        now,
                        p.receivedAt(),
                        p.document(),
                        p.registeredBy());
                long id = insertEntry(p, number, now, entryHash);
                RegisterEntry entry =
                        new RegisterEntry(id, p.registerCode(), p.year(), number, p.messageRecordId(), now);
                p.registration().assign(entry);
                audit.record(
                        p.registeredBy(),
                        REGISTERED,
                        p.messageRecordId().isPresent() ? "message" : PAPER,
                        p.messageRecordId().isPresent()
                                ? Long.toString(p.messageRecordId().getAsLong())
                                : paperSubject(entry),
                        Map.of("register", entry.registerCode(), "number", entry.display(), "entryHash", entryHash));
                for (EntryListener listener : listeners) {
                    listener.registered(entry, p.document());
                }
                for (Duplicate duplicate : p.duplicates()) {
                    duplicates.record(duplicate.messageRecordId(), entry, duplicate.reason());
                    duplicate.registration().markDuplicateOf(entry);
                }
            }
        }
    }

    /** The audit subject of a paper entry: it has no message, so its place in the register. */
    static String paperSubject(RegisterEntry entry) {
        return entry.registerCode() + "/" + entry.year() + "/" + entry.number();
    }

    private long insertEntry(Pending p, long number, Instant now, String entryHash) {
        DocumentParticulars d = p.document();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into register_entry (register_code, register_year, number, message_record_id, registered_at,"
                        + " sender, subject, raw_sha256, entry_hash, hash_version, issuer, number_symbol,"
                        + " document_date, type_name, summary, recipients, urgent, note, registered_by, duplicate_key, received_at,"
                        + " signer, copies, kept_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        p.registerCode(),
                        p.year(),
                        number,
                        p.messageRecordId().isPresent() ? p.messageRecordId().getAsLong() : null,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        d.sender(),
                        d.subject(),
                        p.rawSha256(),
                        entryHash,
                        RegisterEntryHash.CURRENT_VERSION,
                        d.issuer().orElse(null),
                        d.numberSymbol().orElse(null),
                        d.documentDate().orElse(null),
                        d.typeName().orElse(null),
                        d.summary().orElse(null),
                        d.recipients(),
                        d.urgent(),
                        d.note().orElse(null),
                        p.registeredBy(),
                        p.duplicateKey().orElse(null),
                        OffsetDateTime.ofInstant(p.receivedAt(), ZoneOffset.UTC),
                        d.signer().orElse(null),
                        d.copies(),
                        d.keptBy().orElse(null))
                .update(keys, "id");
        return keys.getKeyAs(Long.class) != null
                ? keys.getKeyAs(Long.class)
                : keys.getKey().longValue();
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
            OptionalLong messageRecordId,
            String rawSha256,
            DocumentParticulars document,
            Instant receivedAt,
            String registeredBy,
            Optional<String> duplicateKey,
            List<Duplicate> duplicates) {}

    /** A second copy met in the same transaction as the first: linked once the first has its entry. */
    private record Duplicate(long messageRecordId, String reason, Registration registration) {}

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
