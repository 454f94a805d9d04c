package vn.officialmail.gateway.handling;

import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.directory.Directory;

/**
 * Replies (văn bản phúc đáp, Decree 30/2020 Art. 24): a document written in the agency that answers
 * a registered incoming document, because its text quotes it ("trả lời Công văn số 123/BTP-VP ngày
 * 12/11/2026", "phúc đáp văn bản số …") or because it answers the original's message in the thread,
 * is linked to the original, and the original's open handling is closed (DONE) with the answering
 * document's number and symbol.
 */
@Service
public final class DocumentAnswers {

    /** The quoted number and symbol after "trả lời"/"phúc đáp" and up to four words ("Công văn", "Tờ trình"). */
    private static final Pattern QUOTE = Pattern.compile("(?iu)(?:trả\\s+lời|phúc\\s+đáp)\\s+(?:\\p{L}+\\s+){0,4}?số"
            + "\\s*:?\\s*(\\d{1,7}(?:/\\d{4})?/\\p{L}[\\p{L}\\d.&-]*?)[.,;)]?(?:\\s+ngày\\s*(\\d{1,2})[/.-](\\d{1,2})"
            + "[/.-](\\d{4}))?(?=[\\s,;.)]|$)");

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,250}>");
    private static final int MAX_QUOTES = 10;

    /**
     * A quoted original.
     *
     * @param numberSymbol its number and symbol, as quoted
     * @param date its date, when quoted
     */
    public record Quote(String numberSymbol, Optional<LocalDate> date) {}

    private final JdbcClient jdbc;
    private final DocumentHandling handling;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;

    public DocumentAnswers(
            JdbcClient jdbc, DocumentHandling handling, Directory directory, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.handling = handling;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The originals a text quotes as answered. */
    public static List<Quote> quotes(String text) {
        List<Quote> quotes = new ArrayList<>();
        Matcher matcher = QUOTE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (matcher.find() && quotes.size() < MAX_QUOTES) {
            Optional<LocalDate> date = Optional.empty();
            if (matcher.group(2) != null) {
                try {
                    date = Optional.of(LocalDate.of(
                            Integer.parseInt(matcher.group(4)),
                            Integer.parseInt(matcher.group(3)),
                            Integer.parseInt(matcher.group(2))));
                } catch (DateTimeException e) {
                    date = Optional.empty();
                }
            }
            quotes.add(new Quote(StringUtils.stripEnd(matcher.group(1), ".-"), date));
        }
        return quotes;
    }

    /**
     * Links a message to the originals it answers and closes their handling.
     *
     * @param sender the proven sender: only a document of the agency answers for it
     * @param texts the message's texts (body and attachments)
     * @param threadHeaders In-Reply-To and References
     * @param answerReference the number and symbol of the answering document, when known
     * @param answerRecordId the answering message
     * @return how many originals were linked
     */
    public int link(
            String sender,
            List<String> texts,
            List<String> threadHeaders,
            Optional<String> answerReference,
            long answerRecordId) {
        if (directory.homeAgencyOf(sender).isEmpty()) {
            return 0;
        }
        int linked = 0;
        for (String text : texts) {
            for (Quote quote : quotes(text)) {
                Optional<Long> original = original(quote);
                if (original.isPresent() && link(original.get(), "quote", answerReference, answerRecordId, sender)) {
                    linked++;
                }
            }
        }
        for (long original : byThread(threadHeaders)) {
            if (link(original, "thread", answerReference, answerRecordId, sender)) {
                linked++;
            }
        }
        return linked;
    }

    private Optional<Long> original(Quote quote) {
        // Compared in Java, not with SQL upper(): PostgreSQL with the C ctype leaves "đ" as it is, so
        // "45/qđ-btp" would miss "45/QĐ-BTP". The number before the slash (ASCII digits) narrows the rows.
        String wanted = symbolKey(quote.numberSymbol());
        String number = quote.numberSymbol().substring(0, quote.numberSymbol().indexOf('/') + 1);
        List<Candidate> candidates = jdbc.sql("select id, document_date, number_symbol from register_entry where"
                        + " register_code = 'incoming' and number_symbol like ? order by id desc fetch first 500 rows"
                        + " only")
                .param(number + "%")
                .query((rs, row) -> new Candidate(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
        // The same number and symbol comes back every year: the quoted date decides, else the newest.
        return candidates.stream()
                .filter(c -> symbolKey(c.symbol()).equals(wanted))
                .filter(c -> quote.date().isEmpty()
                        || c.date() == null
                        || quote.date().get().equals(c.date()))
                .map(Candidate::id)
                .findFirst();
    }

    private record Candidate(long id, @Nullable LocalDate date, String symbol) {}

    /** A number and symbol for comparing: NFC, upper case in every script ("qđ" is "QĐ"), no spaces. */
    static String symbolKey(String numberSymbol) {
        return java.text.Normalizer.normalize(numberSymbol, java.text.Normalizer.Form.NFC)
                .toUpperCase(java.util.Locale.ROOT)
                .replaceAll("\\s+", "");
    }

    private List<Long> byThread(List<String> threadHeaders) {
        List<String> ids = new ArrayList<>();
        for (String header : threadHeaders) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find() && ids.size() < 20) {
                ids.add(matcher.group());
            }
        }
        List<Long> originals = new ArrayList<>();
        for (String id : ids) {
            originals.addAll(jdbc.sql("select e.id from register_entry e join message_record r"
                            + " on r.id = e.message_record_id where r.message_id_header = ? and e.register_code ="
                            + " 'incoming'")
                    .param(id)
                    .query(Long.class)
                    .list());
        }
        return originals.stream().distinct().toList();
    }

    private boolean link(
            long original, String matchedBy, Optional<String> answerReference, long answerRecordId, String sender) {
        boolean known = jdbc.sql("select count(*) from document_answer where original_entry_id = ?"
                                + " and answer_record_id = ?")
                        .params(original, answerRecordId)
                        .query(Long.class)
                        .single()
                > 0;
        boolean itself = jdbc.sql("select count(*) from register_entry where id = ? and message_record_id = ?")
                        .params(original, answerRecordId)
                        .query(Long.class)
                        .single()
                > 0;
        if (known || itself) {
            return false;
        }
        jdbc.sql("insert into document_answer (original_entry_id, answer_record_id, answer_reference, matched_by,"
                        + " linked_at) values (?, ?, ?, ?, ?)")
                .params(
                        original,
                        answerRecordId,
                        answerReference.map(a -> StringUtils.truncate(a, 128)).orElse(null),
                        matchedBy,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        audit.record(
                sender,
                "document-answer-linked",
                "register-entry",
                Long.toString(original),
                Map.of("message", Long.toString(answerRecordId), "by", matchedBy));
        Optional<DocumentHandling.Slip> slip = handling.slipOf(original);
        if (slip.isPresent()
                && slip.get().status() != HandlingStatus.DONE
                && slip.get().status() != HandlingStatus.RETURNED) {
            handling.recordMessage(
                    original,
                    HandlingStatus.DONE,
                    Optional.of("Văn bản trả lời " + answerReference.orElse("") + " (" + matchedBy + ")"),
                    answerReference.or(() -> Optional.of("(văn bản trả lời)")),
                    sender,
                    answerRecordId);
        }
        return true;
    }

    /** The originals a message was linked to as their answer. */
    public List<Long> originalsOf(long answerRecordId) {
        return jdbc.sql("select original_entry_id from document_answer where answer_record_id = ?"
                        + " order by original_entry_id")
                .param(answerRecordId)
                .query(Long.class)
                .list();
    }
}
