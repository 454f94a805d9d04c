package vn.officialmail.gateway.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks every register entry three ways: its content against its own hash, its hash against the
 * one its "registered" audit event recorded, and its number against the gapless series. Rewriting
 * a row and recomputing its hash in SQL still disagrees with the audit event; rewriting the audit
 * event as well breaks the audit chain, whose head is signed and kept outside the database
 * ({@code AuditVerifier}). So an altered, deleted or inserted entry is reported either here or there.
 */
@Service
public final class RegisterVerifier {

    private static final int MAX_PROBLEMS = 100;
    private static final Pattern ENTRY_HASH = Pattern.compile("\"entryHash\":\"([0-9a-f]{64})\"");
    private static final Pattern REGISTER = Pattern.compile("\"register\":\"([^\"]*)\"");

    private static final String PAPER_KEY = "paper:";

    private final JdbcClient jdbc;

    public RegisterVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RegisterVerification verify() {
        Map<String, String> auditedHashes = auditedHashes();
        List<String> problems = new ArrayList<>();
        Map<String, Long> expectedNext = new HashMap<>();
        long[] checked = {0};
        jdbc.sql("select register_code, register_year, number, message_record_id, raw_sha256, registered_at, sender,"
                        + " subject, entry_hash, hash_version, issuer, number_symbol, document_date, type_name, summary,"
                        + " recipients, urgent, note, registered_by, received_at, signer, copies, kept_by"
                        + " from register_entry order by register_code, register_year, number")
                .query(rs -> {
                    String register = rs.getString(1);
                    int year = rs.getInt(2);
                    long number = rs.getLong(3);
                    long messageIdValue = rs.getLong(4);
                    OptionalLong messageId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(messageIdValue);
                    String where = "register " + register + " " + number + "/" + year;
                    long expected = expectedNext.getOrDefault(register + "/" + year, 1L);
                    if (number > expected) {
                        add(
                                problems,
                                where + ": "
                                        + (number - 1 == expected
                                                ? "entry " + expected + " is missing (deleted)"
                                                : "entries " + expected + " to " + (number - 1)
                                                        + " are missing (deleted)"));
                    }
                    expectedNext.put(register + "/" + year, number + 1);
                    String stored = rs.getString(9);
                    DocumentParticulars document = new DocumentParticulars(
                            rs.getString(7),
                            rs.getString(8),
                            Optional.ofNullable(rs.getString(11)),
                            Optional.ofNullable(rs.getString(12)),
                            Optional.ofNullable(rs.getObject(13, LocalDate.class)),
                            Optional.ofNullable(rs.getString(14)),
                            Optional.ofNullable(rs.getString(15)),
                            rs.getString(16),
                            rs.getBoolean(17),
                            Optional.ofNullable(rs.getString(18)),
                            Optional.ofNullable(rs.getString(21)),
                            rs.getInt(22),
                            Optional.ofNullable(rs.getString(23)));
                    String recomputed = RegisterEntryHash.of(
                            rs.getInt(10),
                            register,
                            year,
                            number,
                            messageId,
                            rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant(),
                            Optional.ofNullable(rs.getObject(20, OffsetDateTime.class))
                                    .map(OffsetDateTime::toInstant)
                                    .orElse(null),
                            document,
                            rs.getString(19));
                    String auditKey = messageId.isPresent()
                            ? register + " " + messageId.getAsLong()
                            : register + " " + PAPER_KEY + register + "/" + year + "/" + number;
                    String audited = auditedHashes.remove(auditKey);
                    if (!recomputed.equals(stored)) {
                        add(problems, where + ": content altered (does not match its hash)");
                    } else if (audited == null) {
                        add(problems, where + ": inserted outside the gateway (no registration in the audit log)");
                    } else if (!Objects.equals(audited, stored)) {
                        add(problems, where + ": rewritten (its hash differs from the one in the audit log)");
                    }
                    checked[0]++;
                });
        auditedHashes.keySet().stream()
                .sorted()
                .forEach(registration -> add(
                        problems,
                        "register "
                                + registration
                                        .replaceFirst(" paper:", ", paper document ")
                                        .replaceFirst(" (?=\\d)", ", message ")
                                + ": registered in the audit log, but its entry is deleted"));
        return new RegisterVerification(problems.isEmpty(), checked[0], problems);
    }

    /**
     * "register messageId" (or "register paper:register/year/number" for paper documents) → entry
     * hash, from the audit log's registration events.
     */
    private Map<String, String> auditedHashes() {
        Map<String, String> hashes = new HashMap<>();
        jdbc.sql("select subject_type, subject_id, details from audit_event where action = ?"
                        + " and subject_type in ('message', '" + IncomingRegister.PAPER + "')")
                .param(IncomingRegister.REGISTERED)
                .query(rs -> {
                    String details = rs.getString(3);
                    Matcher register = REGISTER.matcher(details);
                    Matcher hash = ENTRY_HASH.matcher(details);
                    String paper = IncomingRegister.PAPER.equals(rs.getString(1)) ? PAPER_KEY : "";
                    hashes.put(
                            (register.find() ? register.group(1) : "") + " " + paper + rs.getString(2),
                            hash.find() ? hash.group(1) : "");
                });
        return hashes;
    }

    private static void add(List<String> problems, String problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }
}
