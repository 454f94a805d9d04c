package vn.officialmail.gateway.classification;

import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Stores and reads the classification of each message. */
@Service
public final class DocumentClassifications {

    private static final String REASON_SEPARATOR = "\n";

    private final JdbcClient jdbc;

    public DocumentClassifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a message's classification, in the message's transaction. A replay never gets here
     * (the processor skips recorded messages); a second row would break the primary key.
     */
    public void save(long messageRecordId, DocumentFacts facts) {
        jdbc.sql("insert into document_classification (message_record_id, document_type, type_name, confidence,"
                        + " reasons, number_symbol, issuer, issued_on, document_subject, secrecy, urgency, source)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        messageRecordId,
                        facts.type(),
                        facts.typeName().orElse(null),
                        facts.confidence(),
                        StringUtils.truncate(String.join(REASON_SEPARATOR, facts.reasons()), 4000),
                        facts.numberSymbol()
                                .map(s -> StringUtils.truncate(s, 128))
                                .orElse(null),
                        facts.issuer().map(s -> StringUtils.truncate(s, 512)).orElse(null),
                        facts.issuedOn().map(Date::valueOf).orElse(null),
                        facts.subject().map(s -> StringUtils.truncate(s, 4000)).orElse(null),
                        facts.secrecy().orElse(null),
                        facts.urgency().orElse(null),
                        StringUtils.truncate(facts.source(), 255))
                .update();
    }

    public Optional<DocumentFacts> find(long messageRecordId) {
        return jdbc.sql("select document_type, type_name, confidence, reasons, number_symbol, issuer, issued_on,"
                        + " document_subject, secrecy, urgency, source from document_classification"
                        + " where message_record_id = ?")
                .param(messageRecordId)
                .query((rs, row) -> new DocumentFacts(
                        rs.getString(1),
                        Optional.ofNullable(rs.getString(2)),
                        rs.getDouble(3),
                        reasons(rs.getString(4)),
                        Optional.ofNullable(rs.getString(5)),
                        Optional.ofNullable(rs.getString(6)),
                        Optional.ofNullable(rs.getDate(7)).map(Date::toLocalDate),
                        Optional.ofNullable(rs.getString(8)),
                        Optional.ofNullable(rs.getString(9)),
                        Optional.ofNullable(rs.getString(10)),
                        rs.getString(11)))
                .optional();
    }

    private static List<String> reasons(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(REASON_SEPARATOR));
    }
}
