package vn.officialmail.gateway.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.calendar.CalendarSettings;
import vn.officialmail.gateway.calendar.WorkingCalendar;

/**
 * Assigns registered incoming documents and follows them to their answer (Decree 30/2020 Art.
 * 23-24). One slip per document: assigning again replaces a returned or an open one and is kept in
 * the history; a document that is done stays done. Every step is audited.
 */
@Service
public final class DocumentHandling {

    /** What became of a request. */
    public enum Outcome {
        DONE,
        NOT_FOUND,
        NOT_ALLOWED
    }

    /**
     * The "phiếu giải quyết văn bản đến".
     *
     * @param leadUnit the lead unit's code
     * @param leadPerson the lead person's address
     * @param coUnits the co-operating units' codes
     * @param instruction the instruction
     * @param deadline the deadline as a date
     * @param workingDays the deadline as working days after today (agency calendar), when no date is given
     */
    public record Assignment(
            Optional<String> leadUnit,
            Optional<String> leadPerson,
            List<String> coUnits,
            Optional<String> instruction,
            Optional<LocalDate> deadline,
            Optional<Integer> workingDays) {

        /** A slip whose deadline, if any, is a date. */
        public Assignment(
                Optional<String> leadUnit,
                Optional<String> leadPerson,
                List<String> coUnits,
                Optional<String> instruction,
                Optional<LocalDate> deadline) {
            this(leadUnit, leadPerson, coUnits, instruction, deadline, Optional.empty());
        }
    }

    /**
     * One line of the tracking register (sổ theo dõi giải quyết văn bản đến, Decree 30 App. IV).
     *
     * @param number the incoming number
     * @param document type, number/symbol, date and issuer of the document
     * @param urgent an urgent document
     * @param leadUnit the lead unit
     * @param leadPerson the lead person
     * @param deadline the deadline
     * @param status the handling status
     * @param answerReference the number and symbol of the answering document
     * @param overdue past its deadline and not done
     */
    public record TrackingLine(
            String number,
            String document,
            boolean urgent,
            Optional<String> leadUnit,
            Optional<String> leadPerson,
            Optional<LocalDate> deadline,
            HandlingStatus status,
            Optional<String> answerReference,
            boolean overdue) {}

    /**
     * Where a document's handling stands.
     *
     * @param leadUnit the lead unit's code
     * @param leadPerson the lead person's address
     * @param deadline the deadline
     * @param status the status
     * @param answerReference the number and symbol of the answering document
     * @param coUnits the co-operating units' codes
     * @param instruction the instruction
     */
    public record Slip(
            Optional<String> leadUnit,
            Optional<String> leadPerson,
            Optional<LocalDate> deadline,
            HandlingStatus status,
            Optional<String> answerReference,
            List<String> coUnits,
            Optional<String> instruction) {}

    /**
     * The registered document a slip is about, as the console shows it above the slip.
     *
     * @param number the incoming number ("12/2026")
     * @param document type, number/symbol, date and issuer
     * @param subject its summary (trích yếu) or subject
     * @param urgent an urgent document
     */
    public record Document(String number, String document, String subject, boolean urgent) {}

    /**
     * One step of the handling history.
     *
     * @param status the status after the step
     * @param note what was said
     * @param actor who (a user, or the address a reply came from)
     * @param at when
     * @param messageRecordId the message it came with (a reply by e-mail, the answering document)
     */
    public record Step(
            HandlingStatus status,
            Optional<String> note,
            String actor,
            java.time.Instant at,
            Optional<Long> messageRecordId) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final WorkingCalendar calendar;

    @Autowired
    public DocumentHandling(
            JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Handling with the plain calendar (Monday to Friday in Asia/Ho_Chi_Minh, no holidays). */
    public DocumentHandling(JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit, Clock clock) {
        this(
                jdbc,
                transactions,
                audit,
                new WorkingCalendar(new CalendarSettings(ZoneId.of("Asia/Ho_Chi_Minh"), null, null), clock),
                clock);
    }

    /** The deadline of a slip: its date, or its working days counted from today in the agency's calendar. */
    public Optional<LocalDate> deadlineOf(Assignment assignment) {
        return assignment
                .deadline()
                .or(() -> assignment.workingDays().map(days -> calendar.addWorkingDays(calendar.today(), days)));
    }

    /** The register entry id of incoming number {@code number}/{@code year}, if there is one. */
    public Optional<Long> entryOf(int year, long number) {
        return jdbc.sql("select id from register_entry where register_code = 'incoming' and register_year = ?"
                        + " and number = ?")
                .params(year, number)
                .query(Long.class)
                .optional();
    }

    /** Assigns the document (or assigns it again unless it is done). */
    public Outcome assign(long entryId, Assignment assignment, String actor) {
        return transactions.execute(status -> {
            Optional<HandlingStatus> current = statusOf(entryId);
            if (current.isPresent() && current.get() == HandlingStatus.DONE) {
                return Outcome.NOT_ALLOWED;
            }
            OffsetDateTime now = now();
            Optional<LocalDate> deadline = deadlineOf(assignment);
            Object[] values = {
                assignment.leadUnit().map(v -> StringUtils.truncate(v, 64)).orElse(null),
                assignment.leadPerson().map(v -> StringUtils.truncate(v, 512)).orElse(null),
                StringUtils.truncate(String.join(",", assignment.coUnits()), 1000),
                assignment.instruction().map(v -> StringUtils.truncate(v, 4000)).orElse(null),
                deadline.orElse(null),
                HandlingStatus.ASSIGNED.name(),
                StringUtils.truncate(actor, 255),
                now,
                now,
                entryId
            };
            if (current.isPresent()) {
                jdbc.sql("update document_handling set lead_unit = ?, lead_person = ?, co_units = ?, instruction = ?,"
                                + " deadline = ?, status = ?, answer_reference = null, assigned_by = ?, assigned_at = ?,"
                                + " updated_at = ? where register_entry_id = ?")
                        .params(values)
                        .update();
            } else {
                jdbc.sql(
                                "insert into document_handling (lead_unit, lead_person, co_units, instruction, deadline, status,"
                                        + " assigned_by, assigned_at, updated_at, register_entry_id)"
                                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(values)
                        .update();
            }
            String note =
                    "→ " + assignment.leadUnit().or(assignment::leadPerson).orElse("?")
                            + deadline.map(d -> ", hạn " + d).orElse("")
                            + assignment
                                    .workingDays()
                                    .map(n -> " (" + n + " ngày làm việc)")
                                    .orElse("");
            step(entryId, HandlingStatus.ASSIGNED, note, actor, now, Optional.empty());
            Map<String, String> details = new LinkedHashMap<>();
            assignment.leadUnit().ifPresent(v -> details.put("leadUnit", v));
            assignment.leadPerson().ifPresent(v -> details.put("leadPerson", v));
            deadline.ifPresent(v -> details.put("deadline", v.toString()));
            assignment.workingDays().ifPresent(v -> details.put("workingDays", v.toString()));
            audit.record(actor, "handling-assigned", "register-entry", Long.toString(entryId), details);
            return Outcome.DONE;
        });
    }

    /** Moves the document on: in progress, done (with the answering document) or returned. */
    public Outcome move(long entryId, HandlingStatus to, Optional<String> note, Optional<String> answer, String actor) {
        return move(entryId, to, note, answer, actor, Optional.empty());
    }

    /**
     * Records what a message said about the document ({@code message} is its record: a reply by e-mail
     * with the answering document attached, or the answering document itself). Progress on an
     * assigned document moves it to in progress; on a document in progress it is a step of its own.
     */
    public Outcome recordMessage(
            long entryId,
            HandlingStatus to,
            Optional<String> note,
            Optional<String> answer,
            String actor,
            long message) {
        return transactions.execute(status -> {
            Optional<HandlingStatus> current = statusOf(entryId);
            if (to == HandlingStatus.IN_PROGRESS && current.equals(Optional.of(HandlingStatus.IN_PROGRESS))) {
                step(entryId, to, note.orElse(null), actor, now(), Optional.of(message));
                audit.record(
                        actor,
                        "handling-progress",
                        "register-entry",
                        Long.toString(entryId),
                        Map.of("message", Long.toString(message)));
                return Outcome.DONE;
            }
            return move(entryId, to, note, answer, actor, Optional.of(message));
        });
    }

    /** The slip of a document, if it was assigned. */
    public Optional<Slip> slipOf(long entryId) {
        return jdbc.sql("select lead_unit, lead_person, deadline, status, answer_reference, co_units, instruction"
                        + " from document_handling where register_entry_id = ?")
                .param(entryId)
                .query((rs, row) -> new Slip(
                        Optional.ofNullable(rs.getString(1)),
                        Optional.ofNullable(rs.getString(2)),
                        Optional.ofNullable(rs.getObject(3, LocalDate.class)),
                        HandlingStatus.valueOf(rs.getString(4)),
                        Optional.ofNullable(rs.getString(5)),
                        rs.getString(6) == null || rs.getString(6).isBlank()
                                ? List.of()
                                : List.of(rs.getString(6).split(",")),
                        Optional.ofNullable(rs.getString(7))))
                .optional();
    }

    /** The registered incoming document {@code entryId}, if there is one. */
    public Optional<Document> documentOf(long entryId) {
        return jdbc.sql("select number, register_year, type_name, number_symbol, document_date, issuer, summary,"
                        + " subject, urgent from register_entry where id = ?")
                .param(entryId)
                .query((rs, row) -> new Document(
                        rs.getLong(1) + "/" + rs.getInt(2),
                        describe(rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6)),
                        StringUtils.defaultIfBlank(rs.getString(7), StringUtils.defaultString(rs.getString(8))),
                        rs.getBoolean(9)))
                .optional();
    }

    /** "Công văn 12/BTP-VP 2026-03-01 Bộ Tư pháp": what the register says the document is. */
    private static String describe(String type, String numberSymbol, LocalDate date, String issuer) {
        return String.join(
                        " ",
                        StringUtils.defaultString(type),
                        StringUtils.defaultString(numberSymbol),
                        date == null ? "" : date.toString(),
                        StringUtils.defaultString(issuer))
                .strip()
                .replaceAll("\\s+", " ");
    }

    /** The steps of a document, oldest first. */
    public List<Step> steps(long entryId) {
        return jdbc.sql("select status, note, actor, occurred_at, message_record_id from document_handling_step"
                        + " where register_entry_id = ? order by id")
                .param(entryId)
                .query((rs, row) -> new Step(
                        HandlingStatus.valueOf(rs.getString(1)),
                        Optional.ofNullable(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable((Long) rs.getObject(5, Long.class))))
                .list();
    }

    private Outcome move(
            long entryId,
            HandlingStatus to,
            Optional<String> note,
            Optional<String> answer,
            String actor,
            Optional<Long> message) {
        return transactions.execute(status -> {
            Optional<HandlingStatus> current = statusOf(entryId);
            if (current.isEmpty()) {
                return Outcome.NOT_FOUND;
            }
            if (!current.get().next().contains(to)) {
                return Outcome.NOT_ALLOWED;
            }
            OffsetDateTime now = now();
            int moved = jdbc.sql("update document_handling set status = ?, answer_reference = ?, updated_at = ?"
                            + " where register_entry_id = ? and status = ?")
                    .params(
                            to.name(),
                            answer.map(a -> StringUtils.truncate(a, 128)).orElse(null),
                            now,
                            entryId,
                            current.get().name())
                    .update();
            if (moved == 0) {
                return Outcome.NOT_ALLOWED; // another request moved it first
            }
            step(entryId, to, note.or(() -> answer).orElse(null), actor, now, message);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("status", to.name());
            answer.ifPresent(a -> details.put("answer", a));
            message.ifPresent(m -> details.put("message", m.toString()));
            audit.record(
                    actor,
                    "handling-" + to.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "register-entry",
                    Long.toString(entryId),
                    details);
            return Outcome.DONE;
        });
    }

    /** The tracking register: open documents first, urgent first, then by deadline and number. */
    public List<TrackingLine> tracking(Optional<String> unit, Optional<HandlingStatus> status, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        unit.ifPresent(u -> {
            where.append(" and h.lead_unit = ?");
            params.add(u);
        });
        status.ifPresent(s -> {
            where.append(" and h.status = ?");
            params.add(s.name());
        });
        params.add(Math.max(1, Math.min(limit, 1000)));
        LocalDate today = calendar.today();
        return jdbc.sql("select e.number, e.register_year, e.type_name, e.number_symbol, e.document_date, e.issuer,"
                        + " e.subject, e.urgent, h.lead_unit, h.lead_person, h.deadline, h.status, h.answer_reference"
                        + " from document_handling h join register_entry e on e.id = h.register_entry_id" + where
                        + " order by case when h.status in ('DONE', 'RETURNED') then 1 else 0 end, e.urgent desc,"
                        + " h.deadline, e.register_year, e.number fetch first ? rows only")
                .params(params)
                .query((rs, row) -> {
                    LocalDate deadline = rs.getObject(11, LocalDate.class);
                    HandlingStatus handling = HandlingStatus.valueOf(rs.getString(12));
                    String document = describe(
                            rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6));
                    return new TrackingLine(
                            rs.getLong(1) + "/" + rs.getInt(2),
                            document.isEmpty() ? StringUtils.defaultString(rs.getString(7)) : document,
                            rs.getBoolean(8),
                            Optional.ofNullable(rs.getString(9)),
                            Optional.ofNullable(rs.getString(10)),
                            Optional.ofNullable(deadline),
                            handling,
                            Optional.ofNullable(rs.getString(13)),
                            deadline != null
                                    && deadline.isBefore(today)
                                    && handling != HandlingStatus.DONE
                                    && handling != HandlingStatus.RETURNED);
                })
                .list();
    }

    private Optional<HandlingStatus> statusOf(long entryId) {
        return jdbc.sql("select status from document_handling where register_entry_id = ?")
                .param(entryId)
                .query((rs, row) -> HandlingStatus.valueOf(rs.getString(1)))
                .optional();
    }

    private void step(
            long entryId, HandlingStatus status, String note, String actor, OffsetDateTime at, Optional<Long> message) {
        jdbc.sql("insert into document_handling_step (register_entry_id, status, note, actor, occurred_at,"
                        + " message_record_id) values (?, ?, ?, ?, ?, ?)")
                .params(
                        entryId,
                        status.name(),
                        StringUtils.truncate(note, 4000),
                        StringUtils.truncate(actor, 255),
                        at,
                        message.orElse(null))
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
