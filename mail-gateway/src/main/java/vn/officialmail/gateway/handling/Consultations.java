package vn.officialmail.gateway.handling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.classifier.normalize.Folding;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.relay.OwnMessages;

/**
 * Drafts sent out for comments (lấy ý kiến góp ý dự thảo): the gateway registers the request, sends
 * the draft to each chosen unit's shared mailbox, and collects each unit's comments from the
 * replies (by thread, or by "[Lấy ý kiến #12]" in the subject from a mailbox of that unit in the
 * directory). Who has answered and who has not is kept per unit; {@link ConsultationReminders}
 * reminds the late ones.
 */
@Service
public final class Consultations {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Units one request may go to: a bound on mail sent for one request. */
    public static final int MAX_UNITS = 200;

    private static final Pattern TAG = Pattern.compile("\\[lay y kien #(\\d{1,12})\\]");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,250}>");

    /**
     * A request for comments.
     *
     * @param title what the draft is (trích yếu)
     * @param units the codes of the units asked
     * @param deadline the last day for comments
     * @param note a covering text
     * @param draft the draft kept in the blob store (for a request by e-mail, the original message)
     * @param requestingUnit the code of the unit asking
     * @param messageRecordId the message of a request by e-mail
     * @param files what the units receive: the draft's files (for a request by e-mail, its attachments)
     */
    public record Request(
            String title,
            List<String> units,
            LocalDate deadline,
            Optional<String> note,
            Optional<OwnMessages.Attachment> draft,
            Optional<String> requestingUnit,
            Optional<Long> messageRecordId,
            List<OwnMessages.Attachment> files) {

        public Request {
            files = List.copyOf(files);
        }

        /** A request whose draft is also the one file the units receive. */
        public Request(
                String title,
                List<String> units,
                LocalDate deadline,
                Optional<String> note,
                Optional<OwnMessages.Attachment> draft,
                Optional<String> requestingUnit,
                Optional<Long> messageRecordId) {
            this(
                    title,
                    units,
                    deadline,
                    note,
                    draft,
                    requestingUnit,
                    messageRecordId,
                    draft.map(List::of).orElse(List.of()));
        }
    }

    /** Why a request cannot be sent: the message names the value and what is allowed. */
    public static final class InvalidRequestException extends RuntimeException {
        InvalidRequestException(String message) {
            super(message);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Directory directory;
    private final OwnMessages messages;
    private final AuditLog audit;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final BlobStore blobs;

    public Consultations(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Directory directory,
            OwnMessages messages,
            AuditLog audit,
            WorkingCalendar calendar,
            Clock clock,
            BlobStore blobs) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.directory = directory;
        this.messages = messages;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
        this.blobs = blobs;
    }

    /** Registers the request and sends the draft to every unit; returns its number. */
    public long open(Request request, String actor) {
        if (request.messageRecordId().isPresent()) { // a message processed again after a restart
            Optional<Long> opened = jdbc.sql("select id from consultation where message_record_id = ?")
                    .param(request.messageRecordId().get())
                    .query(Long.class)
                    .optional();
            if (opened.isPresent()) {
                return opened.get();
            }
        }
        List<Unit> units = units(request.units());
        if (request.deadline().isBefore(calendar.today())) {
            throw new InvalidRequestException("Hạn góp ý " + DAY.format(request.deadline()) + " đã qua / the deadline "
                    + request.deadline() + " is in the past");
        }
        if (request.requestingUnit().isPresent()
                && directory.unit(request.requestingUnit().get()).isEmpty()) {
            throw new InvalidRequestException("Không có đơn vị soạn thảo "
                    + request.requestingUnit().get() + " trong danh bạ / unknown requesting unit "
                    + request.requestingUnit().get());
        }
        String title = StringUtils.truncate(request.title().strip(), 1000);
        if (title.isEmpty()) {
            throw new InvalidRequestException("Cần trích yếu dự thảo / a title is required");
        }
        return transactions.execute(status -> {
            String draftSha = null;
            if (request.draft().isPresent()) {
                try {
                    draftSha = blobs.put(request.draft().get().content());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot store the draft of " + title, e);
                }
            }
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into consultation (title, requesting_unit, requested_by, deadline, message_record_id,"
                            + " draft_sha256, draft_name, draft_type, note, created_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            title,
                            request.requestingUnit().orElse(null),
                            StringUtils.truncate(actor, 512),
                            request.deadline(),
                            request.messageRecordId().orElse(null),
                            draftSha,
                            request.draft()
                                    .map(d -> StringUtils.truncate(d.fileName(), 255))
                                    .orElse(null),
                            request.draft()
                                    .map(d -> StringUtils.truncate(d.mediaType(), 255))
                                    .orElse(null),
                            request.note()
                                    .map(n -> StringUtils.truncate(n, 4000))
                                    .orElse(null),
                            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            for (Unit unit : units) {
                String messageId = messages.sendForAnswer(
                        new OwnMessages.Draft(
                                "consultation",
                                List.of(unit.sharedMailbox().orElseThrow()),
                                subject(id, title, request.deadline()),
                                text(id, title, request, unit),
                                false,
                                Optional.empty()),
                        request.files());
                jdbc.sql("insert into consultation_unit (consultation_id, unit_code, mailbox, notice_message_id)"
                                + " values (?, ?, ?, ?)")
                        .params(id, unit.code(), unit.sharedMailbox().orElseThrow(), messageId)
                        .update();
            }
            Map<String, String> details = new LinkedHashMap<>();
            details.put("title", StringUtils.truncate(title, 200));
            details.put("deadline", request.deadline().toString());
            details.put("units", String.join(",", units.stream().map(Unit::code).toList()));
            audit.record(actor, "consultation-opened", "consultation", Long.toString(id), details);
            return id;
        });
    }

    /** The subject of the notices: recognisable, and carrying the request's number for replies. */
    static String subject(long id, String title, LocalDate deadline) {
        return StringUtils.truncate(
                "[Lấy ý kiến #" + id + "] " + title + " (hạn góp ý " + DAY.format(deadline) + ")", 250);
    }

    /**
     * Records a reply as the comments of its unit: the consultation is found by its thread or by the
     * tag in the subject, and the unit is the sender's unit in the directory (it must be one asked).
     *
     * @return the consultation, when the reply was one
     */
    public Optional<Long> recordReply(
            List<String> threadHeaders, String subject, String sender, String comment, long messageRecordId) {
        Optional<Target> target = byThread(threadHeaders, sender).or(() -> byTag(subject, sender));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        long id = target.get().consultation();
        String unit = target.get().unit();
        String text =
                StringUtils.abbreviate(ReplyReading.ownText(comment).strip().replaceAll("[ \\t]+", " "), 4000);
        jdbc.sql("update consultation_unit set answered_at = ?, answered_by = ?, comment_text = ?, reply_record_id = ?"
                        + " where consultation_id = ? and unit_code = ?")
                .params(
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        StringUtils.truncate(sender, 512),
                        text.isEmpty() ? "(xem tệp đính kèm)" : text,
                        messageRecordId,
                        id,
                        unit)
                .update();
        audit.record(
                sender,
                "consultation-answered",
                "consultation",
                Long.toString(id),
                Map.of("unit", unit, "message", Long.toString(messageRecordId)));
        return Optional.of(id);
    }

    private Optional<Target> byThread(List<String> threadHeaders, String sender) {
        List<String> ids = new ArrayList<>();
        for (String header : threadHeaders) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find() && ids.size() < 20) {
                ids.add(matcher.group());
            }
        }
        for (String messageId : ids) {
            Optional<Target> row = jdbc.sql(
                            "select consultation_id, unit_code from consultation_unit" + " where notice_message_id = ?")
                    .param(messageId)
                    .query((rs, n) -> new Target(rs.getLong(1), rs.getString(2)))
                    .optional();
            if (row.isPresent()) {
                // The notice went to the unit; the reply must still come from that unit.
                return row.filter(r -> senderUnit(sender).equals(Optional.of(r.unit())));
            }
        }
        return Optional.empty();
    }

    private Optional<Target> byTag(String subject, String sender) {
        Matcher tag = TAG.matcher(Folding.fold(subject));
        Optional<String> unit = senderUnit(sender);
        if (!tag.find() || unit.isEmpty()) {
            return Optional.empty();
        }
        long id = Long.parseLong(tag.group(1));
        return jdbc.sql("select count(*) from consultation_unit where consultation_id = ? and unit_code = ?")
                                .params(id, unit.get())
                                .query(Long.class)
                                .single()
                        > 0
                ? Optional.of(new Target(id, unit.get()))
                : Optional.empty();
    }

    /** A unit asked in a consultation. */
    private record Target(long consultation, String unit) {}

    private Optional<String> senderUnit(String sender) {
        return directory.unitOfMailbox(sender).map(Unit::code);
    }

    private List<Unit> units(List<String> codes) {
        if (codes.isEmpty() || codes.size() > MAX_UNITS) {
            throw new InvalidRequestException("Cần từ 1 đến " + MAX_UNITS + " đơn vị góp ý / between 1 and " + MAX_UNITS
                    + " units are required, not " + codes.size());
        }
        List<Unit> units = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> noMailbox = new ArrayList<>();
        for (String code : codes.stream().map(String::strip).distinct().toList()) {
            Optional<Unit> unit = directory.unit(code).or(() -> byAbbreviation(code));
            if (unit.isEmpty()) {
                unknown.add(code);
            } else if (unit.get().sharedMailbox().isEmpty()) {
                noMailbox.add(code);
            } else if (units.stream().noneMatch(u -> u.code().equals(unit.get().code()))) {
                units.add(unit.get());
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("Không có đơn vị " + unknown + " trong danh bạ / unknown units " + unknown
                    + "; known: "
                    + directory.units().stream().map(Unit::code).limit(50).toList());
        }
        if (!noMailbox.isEmpty()) {
            throw new InvalidRequestException("Đơn vị " + noMailbox + " chưa có hộp thư chung / units without a shared"
                    + " mailbox: " + noMailbox);
        }
        return units;
    }

    private Optional<Unit> byAbbreviation(String abbreviation) {
        List<Unit> matching = directory.units().stream()
                .filter(u -> u.abbreviation().equalsIgnoreCase(abbreviation))
                .toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private String text(long id, String title, Request request, Unit unit) {
        List<String> lines = new ArrayList<>();
        lines.add("Kính gửi: " + unit.name() + ",");
        lines.add("");
        lines.add(request.requestingUnit()
                        .flatMap(directory::unit)
                        .map(Unit::name)
                        .orElse("Đơn vị soạn thảo") + " đề nghị quý đơn vị góp ý dự thảo: " + title + ".");
        request.note().ifPresent(n -> lines.add(n));
        lines.add("Hạn góp ý: " + DAY.format(request.deadline()) + ".");
        lines.add("");
        lines.add("Dự thảo được đính kèm thư này. Xin trả lời thư này (giữ nguyên tiêu đề có \"[Lấy ý kiến #" + id
                + "]\") từ hộp thư của đơn vị, kèm ý kiến góp ý hoặc tệp góp ý.");
        lines.add("");
        lines.add("-----");
        lines.add("Request for comments #" + id + " on a draft, due " + request.deadline()
                + ". Reply to this message from your unit's mailbox.");
        lines.add("");
        return String.join("\r\n", lines);
    }
}
