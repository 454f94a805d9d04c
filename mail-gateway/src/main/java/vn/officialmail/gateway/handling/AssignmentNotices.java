package vn.officialmail.gateway.handling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.relay.OwnMessages;

/**
 * Tells the assignee of a document by e-mail, because that is where staff work: the lead person,
 * else the lead unit's shared mailbox from the directory, gets the slip with the original message
 * attached. The notice is queued in the assignment's transaction and its Message-ID kept, so a
 * reply in its thread finds the document ({@link HandlingReplies}).
 */
@Service
public final class AssignmentNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DocumentHandling handling;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final OwnMessages messages;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AssignmentNotices(
            DocumentHandling handling,
            Directory directory,
            JdbcClient jdbc,
            BlobStore blobs,
            OwnMessages messages,
            AuditLog audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.handling = handling;
        this.directory = directory;
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.messages = messages;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Assigns the document and, in the same transaction, notifies the assignee. */
    public DocumentHandling.Outcome assignAndNotify(
            long entryId, DocumentHandling.Assignment assignment, String actor) {
        return transactions.execute(status -> {
            DocumentHandling.Outcome outcome = handling.assign(entryId, assignment, actor);
            if (outcome == DocumentHandling.Outcome.DONE) {
                notifyAssignee(entryId, actor);
            }
            return outcome;
        });
    }

    /** The address the notice of a slip goes to: the lead person, else the lead unit's shared mailbox. */
    public Optional<String> assigneeAddress(DocumentHandling.Slip slip) {
        return slip.leadPerson()
                .filter(address -> address.contains("@"))
                .or(() -> slip.leadUnit().flatMap(directory::unit).flatMap(Unit::sharedMailbox));
    }

    private void notifyAssignee(long entryId, String actor) {
        DocumentHandling.Slip slip = handling.slipOf(entryId).orElseThrow();
        Optional<String> to = assigneeAddress(slip);
        if (to.isEmpty()) {
            audit.record(
                    actor,
                    "handling-notice-skipped",
                    "register-entry",
                    Long.toString(entryId),
                    Map.of(
                            "reason",
                            "no lead person address and no shared mailbox of "
                                    + slip.leadUnit().orElse("?")));
            return;
        }
        Document document = document(entryId);
        String number = document.number();
        String subject = StringUtils.truncate(
                "[Giao xử lý] Số đến " + number + ": " + document.subject().orElse("(không có tiêu đề)"), 250);
        List<OwnMessages.Attachment> attachments = new ArrayList<>();
        if (document.rawSha256().isPresent()) { // a paper document has no message to attach
            try {
                attachments.add(new OwnMessages.Attachment(
                        "van-ban-den-" + number.replace('/', '-') + ".eml",
                        "message/rfc822",
                        blobs.read(document.rawSha256().get())));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the original of incoming document " + number, e);
            }
        }
        String messageId = messages.sendForAnswer(
                new OwnMessages.Draft(
                        "handling", List.of(to.get()), subject, text(document, slip), false, Optional.empty()),
                attachments);
        jdbc.sql("insert into handling_notice (message_id, register_entry_id, recipient, sent_at) values (?, ?, ?, ?)")
                .params(messageId, entryId, to.get(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        audit.record(
                actor,
                "handling-notice-sent",
                "register-entry",
                Long.toString(entryId),
                Map.of("to", to.get(), "messageId", messageId));
    }

    private static String text(Document document, DocumentHandling.Slip slip) {
        List<String> lines = new ArrayList<>();
        lines.add("Kính gửi " + slip.leadPerson().or(slip::leadUnit).orElse("đơn vị") + ",");
        lines.add("");
        lines.add("Văn bản đến số " + document.number() + " được giao cho quý đơn vị, cá nhân chủ trì giải quyết:");
        document.particulars().ifPresent(p -> lines.add("  Văn bản:   " + p));
        document.subject().ifPresent(s -> lines.add("  Trích yếu: " + s));
        document.instruction().ifPresent(i -> lines.add("  Ý kiến chỉ đạo: " + i));
        slip.deadline().ifPresent(d -> lines.add("  Hạn giải quyết: " + DAY.format(d)));
        lines.add("");
        if (document.rawSha256().isPresent()) {
            lines.add("Văn bản gốc được đính kèm thư này.");
        }
        lines.add(
                "Trả lời thư này để báo tiến độ; khi đã giải quyết xong, trả lời \"Đã xong\" (hoặc \"Hoàn thành\")"
                        + " kèm số, ký hiệu văn bản trả lời (ví dụ: \"Đã xong, Công văn số 45/BTP-VP\") và đính kèm văn bản đó.");
        lines.add("");
        lines.add("-----");
        lines.add("Incoming document " + document.number() + " is assigned to you"
                + slip.deadline().map(d -> ", due " + d).orElse("") + ". Reply to this message to report progress;"
                + " reply \"Đã xong\" with the number/symbol of the answering document when it is done.");
        lines.add("");
        return String.join("\r\n", lines);
    }

    private Document document(long entryId) {
        return jdbc.sql("select e.number, e.register_year, e.subject, e.number_symbol, e.type_name, e.issuer,"
                        + " e.document_date, r.raw_sha256, h.instruction from register_entry e"
                        + " left join message_record r on r.id = e.message_record_id"
                        + " join document_handling h on h.register_entry_id = e.id where e.id = ?")
                .param(entryId)
                .query((rs, row) -> {
                    LocalDate date = rs.getObject(7, LocalDate.class);
                    String particulars = String.join(
                                    " ",
                                    StringUtils.defaultString(rs.getString(5)),
                                    StringUtils.defaultString(rs.getString(4)),
                                    date == null ? "" : "ngày " + DAY.format(date),
                                    StringUtils.defaultString(rs.getString(6)))
                            .strip()
                            .replaceAll(" +", " ");
                    return new Document(
                            rs.getLong(1) + "/" + rs.getInt(2),
                            Optional.ofNullable(rs.getString(3)),
                            Optional.of(particulars).filter(p -> !p.isEmpty()),
                            Optional.ofNullable(rs.getString(8)),
                            Optional.ofNullable(rs.getString(9)));
                })
                .single();
    }

    private record Document(
            String number,
            Optional<String> subject,
            Optional<String> particulars,
            Optional<String> rawSha256,
            Optional<String> instruction) {}
}
