package vn.officialmail.gateway.handling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.officialmail.classifier.normalize.Folding;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.directory.Directory;

/**
 * Replies by e-mail to assignment notices: finds the document a reply is about (its thread, or
 * "số đến 123/2026" in the subject), checks that the writer is the assignee (the address notified,
 * the lead person, or a mailbox of the lead unit), and records what the reply says as a step that
 * points at the reply's message (with the answering document attached). Every step is audited.
 */
@Service
public final class HandlingReplies {

    /** "số đến 123/2026", "Số đến: 123/2026", folded. */
    private static final Pattern INCOMING_NUMBER = Pattern.compile("so den\\s*:?\\s*(\\d{1,9})\\s*/\\s*(\\d{4})");
    /** Message-IDs in In-Reply-To and References (RFC 5322 §3.6.4). */
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,250}>");

    private final JdbcClient jdbc;
    private final DocumentHandling handling;
    private final Directory directory;
    private final AuditLog audit;

    public HandlingReplies(JdbcClient jdbc, DocumentHandling handling, Directory directory, AuditLog audit) {
        this.jdbc = jdbc;
        this.handling = handling;
        this.directory = directory;
        this.audit = audit;
    }

    /**
     * The document a message answers: a notice named in {@code threadHeaders} (In-Reply-To, References),
     * else the incoming number in {@code subject}.
     */
    public Optional<Long> documentOf(List<String> threadHeaders, String subject) {
        List<String> ids = new ArrayList<>();
        for (String header : threadHeaders) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find() && ids.size() < 100) {
                ids.add(matcher.group());
            }
        }
        // The nearest ancestors are last in References; a long thread is asked about its last 20 only.
        for (String id : ids.reversed().subList(0, Math.min(ids.size(), 20))) {
            Optional<Long> entry = jdbc.sql("select register_entry_id from handling_notice where message_id = ?")
                    .param(id)
                    .query(Long.class)
                    .optional();
            if (entry.isPresent()) {
                return entry;
            }
        }
        Matcher number = INCOMING_NUMBER.matcher(Folding.fold(subject));
        if (number.find()) {
            return handling.entryOf(Integer.parseInt(number.group(2)), Long.parseLong(number.group(1)))
                    .filter(entry -> handling.slipOf(entry).isPresent());
        }
        return Optional.empty();
    }

    /** Whether {@code sender} may report on the document: the address notified, the lead person, or the lead unit. */
    public boolean mayAnswer(long entryId, String sender) {
        String address = sender.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            return false;
        }
        Optional<DocumentHandling.Slip> slip = handling.slipOf(entryId);
        if (slip.isEmpty()) {
            return false;
        }
        // Compared in Java rather than with SQL lower(), which depends on the database's ctype.
        boolean notified = jdbc
                .sql("select recipient from handling_notice where register_entry_id = ?")
                .param(entryId)
                .query(String.class)
                .list()
                .stream()
                .anyMatch(r -> r.strip().toLowerCase(Locale.ROOT).equals(address));
        return notified
                || slip.get().leadPerson().map(p -> p.equalsIgnoreCase(address)).orElse(false)
                || slip.get().leadUnit().isPresent()
                        && directory
                                .unitOfMailbox(address)
                                .map(Unit::code)
                                .equals(slip.get().leadUnit());
    }

    /** Records a reply from {@code sender} (message record {@code message}); refused and audited if not the assignee. */
    public DocumentHandling.Outcome record(long entryId, String sender, ReplyReading reading, long message) {
        if (!mayAnswer(entryId, sender)) {
            audit.record(
                    sender,
                    "handling-reply-refused",
                    "register-entry",
                    Long.toString(entryId),
                    Map.of("message", Long.toString(message), "reason", "not the assignee"));
            return DocumentHandling.Outcome.NOT_ALLOWED;
        }
        DocumentHandling.Outcome outcome =
                handling.recordMessage(entryId, reading.status(), reading.note(), reading.answer(), sender, message);
        if (outcome != DocumentHandling.Outcome.DONE) {
            audit.record(
                    sender,
                    "handling-reply-ignored",
                    "register-entry",
                    Long.toString(entryId),
                    Map.of(
                            "message",
                            Long.toString(message),
                            "status",
                            reading.status().name(),
                            "reason",
                            outcome.name()));
        }
        return outcome;
    }
}
