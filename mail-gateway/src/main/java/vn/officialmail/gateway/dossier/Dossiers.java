package vn.officialmail.gateway.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.lang3.StringUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.registry.DocumentParticulars;
import vn.officialmail.gateway.registry.IncomingRegister;
import vn.officialmail.gateway.registry.RegisterEntry;

/**
 * The dossiers of the file plan: opened per heading and year on first use, filled by the plan's
 * rules as documents are registered (in the registering transaction) and by clerks by hand, and
 * closed once (audited); a closed dossier takes no more documents. A document is linked to each
 * dossier it belongs to, never copied.
 */
@Service
public final class Dossiers {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Where a dossier stands. */
    public enum State {
        OPEN,
        CLOSED,
        /** Destroyed after an approved decision (see {@link Disposals}): its record and entries are kept. */
        DESTROYED
    }

    /** What became of a request to file or close. */
    public enum Outcome {
        DONE,
        NO_SUCH_DOSSIER,
        NO_SUCH_ENTRY,
        ALREADY_FILED,
        CLOSED
    }

    /**
     * A dossier as clerks and exports see it (Appendix VI III).
     *
     * @param code mã hồ sơ (FileCode)
     * @param year năm hình thành (FileCatalog)
     * @param notation số và ký hiệu hồ sơ (FileNotation)
     * @param title tiêu đề (Title)
     * @param retention thời hạn bảo quản (Maintenance)
     * @param rights chế độ sử dụng (Rights)
     * @param owner người lập hồ sơ (Creator)
     * @param state open or closed
     * @param closedAt when it was closed
     * @param closedBy who closed it
     * @param documents how many documents are filed (DocTotal)
     */
    public record Dossier(
            String code,
            String organId,
            int year,
            String notation,
            String title,
            String retention,
            String rights,
            Optional<String> owner,
            State state,
            Optional<Instant> closedAt,
            Optional<String> closedBy,
            long documents) {}

    /**
     * A document in a dossier, with its register entry's metadata.
     *
     * @param ordinal số thứ tự văn bản trong hồ sơ (DocOrdinal), in chronological order from 1
     */
    public record FiledDocument(
            int ordinal,
            long entryId,
            String register,
            String number,
            Optional<String> numberSymbol,
            Optional<LocalDate> documentDate,
            Optional<String> issuer,
            Optional<String> typeName,
            Optional<String> summary,
            Instant receivedAt,
            Optional<Long> messageId,
            Optional<String> rawSha256,
            boolean urgent,
            Optional<String> signer,
            String filedBy,
            String filedBecause) {

        /** The day the document counts from: its own date, else the day it arrived. */
        LocalDate day() {
            return documentDate.orElseGet(() -> receivedAt.atZone(VIETNAM).toLocalDate());
        }
    }

    private static final String BY_RULE = "rule";
    private static final String BY_HAND = "manual";

    private final JdbcClient jdbc;
    private final FilePlan plan;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageRecords records;
    private final Directory directory;
    private final TransactionTemplate separateTransaction;
    private final Set<String> knownDossiers = ConcurrentHashMap.newKeySet();

    public Dossiers(
            JdbcClient jdbc,
            FilePlan plan,
            AuditLog audit,
            Clock clock,
            MessageRecords records,
            Directory directory,
            IncomingRegister register,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.plan = plan;
        this.audit = audit;
        this.clock = clock;
        this.records = records;
        this.directory = directory;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (plan.items().stream().anyMatch(FilePlanItem::hasRules)) {
            register.onEntry(this::fileByRules);
        }
    }

    /** The year's dossiers of the plan, opened now if they were not yet. */
    public List<Dossier> list(int year) {
        for (FilePlanItem item : plan.items()) {
            ensureDossier(new FilePlan.Planned(item, year));
        }
        return jdbc.sql(SELECT + " where d.file_catalog = ? group by " + GROUP + " order by d.file_notation")
                .param(year)
                .query((rs, row) -> dossier(rs))
                .list();
    }

    /** A dossier by its code: a planned heading's dossier is opened on first use. */
    public Optional<Dossier> find(String code) {
        Optional<FilePlan.Planned> planned = plan.find(code);
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        ensureDossier(planned.get());
        return jdbc.sql(SELECT + " where d.code = ? group by " + GROUP)
                .param(code)
                .query((rs, row) -> dossier(rs))
                .optional();
    }

    /** Files a registered entry in a dossier by hand; call it inside a transaction. */
    public Outcome file(String code, long entryId, String clerk) {
        Optional<Dossier> dossier = find(code);
        if (dossier.isEmpty()) {
            return Outcome.NO_SUCH_DOSSIER;
        }
        boolean entryExists = jdbc.sql("select count(*) from register_entry where id = ?")
                        .param(entryId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!entryExists) {
            return Outcome.NO_SUCH_ENTRY;
        }
        long dossierId = idOf(code).orElseThrow();
        // The row lock orders a filing after a concurrent close (and the close after it).
        String state = jdbc.sql("select state from dossier where id = ? for update")
                .param(dossierId)
                .query(String.class)
                .single();
        if (!State.OPEN.name().equals(state)) {
            return Outcome.CLOSED;
        }
        boolean filed = jdbc.sql("select count(*) from dossier_document where dossier_id = ? and register_entry_id = ?")
                        .params(dossierId, entryId)
                        .query(Long.class)
                        .single()
                > 0;
        if (filed) {
            return Outcome.ALREADY_FILED;
        }
        link(dossierId, code, entryId, clerk, BY_HAND);
        return Outcome.DONE;
    }

    /** Closes an open dossier (audited); call it inside a transaction. */
    public Outcome close(String code, String clerk) {
        Optional<Dossier> dossier = find(code);
        if (dossier.isEmpty()) {
            return Outcome.NO_SUCH_DOSSIER;
        }
        int changed = jdbc.sql(
                        "update dossier set state = ?, closed_at = ?, closed_by = ? where code = ? and state = ?")
                .params(State.CLOSED.name(), now(), StringUtils.truncate(clerk, 255), code, State.OPEN.name())
                .update();
        if (changed == 0) {
            return Outcome.CLOSED;
        }
        audit.record(
                clerk,
                "dossier-closed",
                "dossier",
                code,
                Map.of("documents", Long.toString(dossier.get().documents())));
        return Outcome.DONE;
    }

    /** The dossier's documents in chronological order, numbered from 1. */
    public List<FiledDocument> documents(String code) {
        List<FiledDocument> unordered = jdbc.sql(
                        "select e.id, e.register_code, e.register_year, e.number, e.number_symbol,"
                                + " e.document_date, e.issuer, e.type_name, coalesce(e.summary, e.subject),"
                                + " coalesce(e.received_at, e.registered_at), e.message_record_id, e.raw_sha256, e.urgent,"
                                + " e.signer, f.filed_by, f.filed_because"
                                + " from dossier_document f join dossier d on d.id = f.dossier_id"
                                + " join register_entry e on e.id = f.register_entry_id where d.code = ?")
                .param(code)
                .query((rs, row) -> {
                    long messageId = rs.getLong(11);
                    Optional<Long> message = rs.wasNull() ? Optional.empty() : Optional.of(messageId);
                    return new FiledDocument(
                            0,
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getLong(4) + "/" + rs.getInt(3),
                            Optional.ofNullable(rs.getString(5)),
                            Optional.ofNullable(rs.getObject(6, LocalDate.class)),
                            Optional.ofNullable(rs.getString(7)),
                            Optional.ofNullable(rs.getString(8)),
                            Optional.ofNullable(rs.getString(9)),
                            rs.getObject(10, OffsetDateTime.class).toInstant(),
                            message,
                            Optional.ofNullable(rs.getString(12)),
                            rs.getBoolean(13),
                            Optional.ofNullable(rs.getString(14)),
                            rs.getString(15),
                            rs.getString(16));
                })
                .list();
        List<FiledDocument> ordered = new ArrayList<>(unordered);
        ordered.sort(Comparator.comparing(FiledDocument::day)
                .thenComparing(FiledDocument::receivedAt)
                .thenComparingLong(FiledDocument::entryId));
        List<FiledDocument> numbered = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            FiledDocument d = ordered.get(i);
            numbered.add(new FiledDocument(
                    i + 1,
                    d.entryId(),
                    d.register(),
                    d.number(),
                    d.numberSymbol(),
                    d.documentDate(),
                    d.issuer(),
                    d.typeName(),
                    d.summary(),
                    d.receivedAt(),
                    d.messageId(),
                    d.rawSha256(),
                    d.urgent(),
                    d.signer(),
                    d.filedBy(),
                    d.filedBecause()));
        }
        return numbered;
    }

    /** The entry id of a register's number, e.g. {@code incoming} and {@code 12/2026}. */
    public Optional<Long> entryId(String register, String number) {
        String[] parts = number.strip().split("/");
        if (parts.length != 2 || !parts[0].matches("\\d{1,12}") || !parts[1].matches("\\d{4}")) {
            return Optional.empty();
        }
        return jdbc.sql("select id from register_entry where register_code = ? and register_year = ? and number = ?")
                .params(register, Integer.parseInt(parts[1]), Long.parseLong(parts[0]))
                .query(Long.class)
                .optional();
    }

    /** Files a new entry into every open dossier of its year whose rules it matches. */
    private void fileByRules(RegisterEntry entry, DocumentParticulars document) {
        List<String> units = null;
        for (FilePlanItem item : plan.items()) {
            if (!item.hasRules()) {
                continue;
            }
            if (!item.units().isEmpty() && units == null) {
                units = unitsOf(entry);
            }
            FilePlanItem.FilingFacts facts = new FilePlanItem.FilingFacts(
                    document.typeName(),
                    document.numberSymbol(),
                    document.summary().orElse("") + " " + document.subject(),
                    units == null ? List.of() : units);
            if (!item.matches(facts)) {
                continue;
            }
            FilePlan.Planned planned = new FilePlan.Planned(item, entry.year());
            ensureDossier(planned);
            String code = plan.codeOf(item, entry.year());
            long dossierId = idOf(code).orElseThrow();
            String state = jdbc.sql("select state from dossier where id = ? for update")
                    .param(dossierId)
                    .query(String.class)
                    .single();
            if (State.OPEN.name().equals(state)) {
                link(dossierId, code, entry.id(), IncomingRegister.GATEWAY, BY_RULE);
            }
        }
    }

    private List<String> unitsOf(RegisterEntry entry) {
        if (entry.messageRecordId().isEmpty()) {
            return List.of();
        }
        Optional<MessageRecord> message =
                records.findById(entry.messageRecordId().getAsLong());
        if (message.isEmpty()) {
            return List.of();
        }
        List<String> addresses = new ArrayList<>(message.get().recipients());
        addresses.add(message.get().mailFrom());
        return addresses.stream()
                .map(directory::unitOfMailbox)
                .flatMap(Optional::stream)
                .map(Unit::code)
                .distinct()
                .toList();
    }

    private void link(long dossierId, String code, long entryId, String by, String because) {
        jdbc.sql("insert into dossier_document (dossier_id, register_entry_id, filed_at, filed_by, filed_because)"
                        + " values (?, ?, ?, ?, ?)")
                .params(dossierId, entryId, now(), StringUtils.truncate(by, 255), because)
                .update();
        audit.record(by, "dossier-filed", "dossier", code, Map.of("entry", Long.toString(entryId), "because", because));
    }

    private Optional<Long> idOf(String code) {
        return jdbc.sql("select id from dossier where code = ?")
                .param(code)
                .query(Long.class)
                .optional();
    }

    /** Opens a planned dossier in its own transaction, so a lost race aborts nothing else. */
    private void ensureDossier(FilePlan.Planned planned) {
        String code = plan.codeOf(planned.item(), planned.year());
        if (knownDossiers.contains(code)) {
            return; // dossiers are never deleted
        }
        if (idOf(code).isEmpty()) {
            try {
                separateTransaction.executeWithoutResult(status -> {
                    FilePlanItem item = planned.item();
                    jdbc.sql("insert into dossier (code, organ_id, file_catalog, file_notation, title, maintenance,"
                                    + " rights, creator, state, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .params(
                                    code,
                                    plan.agencyCode(),
                                    planned.year(),
                                    item.notation(),
                                    item.title(),
                                    item.retention(),
                                    item.rights(),
                                    item.owner(),
                                    State.OPEN.name(),
                                    now())
                            .update();
                    audit.record(IncomingRegister.GATEWAY, "dossier-opened", "dossier", code, Map.of());
                });
            } catch (DuplicateKeyException e) {
                // Another writer opened it first: exactly what was wanted.
            }
        }
        knownDossiers.add(code);
    }

    private static final String SELECT = "select d.code, d.organ_id, d.file_catalog, d.file_notation, d.title,"
            + " d.maintenance, d.rights, d.creator, d.state, d.closed_at, d.closed_by, count(f.register_entry_id)"
            + " from dossier d left join dossier_document f on f.dossier_id = d.id";
    private static final String GROUP = "d.code, d.organ_id, d.file_catalog, d.file_notation, d.title,"
            + " d.maintenance, d.rights, d.creator, d.state, d.closed_at, d.closed_by";

    private static Dossier dossier(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Dossier(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                Optional.ofNullable(rs.getString(8)),
                State.valueOf(rs.getString(9)),
                Optional.ofNullable(rs.getObject(10, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(rs.getString(11)),
                rs.getLong(12));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
