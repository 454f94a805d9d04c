package vn.officialmail.gateway.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The lines of a register for a period, with the columns of Decree 30/2020 Appendix IV.VI
 * (incoming) and IV.I (outgoing: signer, copies, file copy holder as well).
 */
@Service
public final class RegisterLines {

    /**
     * One line of the incoming register.
     *
     * @param number the incoming number, number/year (số đến)
     * @param receivedAt the arrival (ngày đến); for the first entries, when they were registered
     * @param issuer the author (tác giả)
     * @param numberSymbol the document's number and symbol
     * @param documentDate the document's date
     * @param typeName the type (tên loại)
     * @param summary the trích yếu
     * @param recipients the receiving unit or person
     * @param urgent an urgent document
     * @param note the note (ghi chú)
     * @param messageId the message, empty for a paper document
     * @param registeredBy the gateway, or the clerk who entered or confirmed it
     * @param signer who signed it (outgoing)
     * @param copies copies issued, 0 when not recorded (outgoing)
     * @param keptBy who keeps the file copy (outgoing)
     */
    public record Line(
            String number,
            Instant receivedAt,
            Optional<String> issuer,
            Optional<String> numberSymbol,
            Optional<LocalDate> documentDate,
            Optional<String> typeName,
            Optional<String> summary,
            String recipients,
            boolean urgent,
            Optional<String> note,
            Optional<Long> messageId,
            String registeredBy,
            Optional<String> signer,
            int copies,
            Optional<String> keptBy) {}

    /** A page of lines and how many there are in all. */
    public record Page(List<Line> items, long total, int page, int size) {}

    private final JdbcClient jdbc;

    public RegisterLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most this many lines are printed at once: a year of a large ministry's mail. */
    public static final int MAX_PRINTED = 100_000;

    /** The register's lines of documents received in [from, to), in number order. */
    public Page list(String register, Optional<Instant> from, Optional<Instant> to, int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("page must be ≥ 0 and size from 1 to 500");
        }
        return select(register, from, to, page, size);
    }

    /** Every line registered in [from, to), for printing; refused above {@link #MAX_PRINTED}. */
    public List<Line> all(String register, Optional<Instant> from, Optional<Instant> to) {
        Page page = select(register, from, to, 0, MAX_PRINTED + 1);
        if (page.total() > MAX_PRINTED) {
            throw new IllegalArgumentException("the period holds " + page.total() + " entries; print at most "
                    + MAX_PRINTED + " at once (choose a shorter period)");
        }
        return page.items();
    }

    private Page select(String register, Optional<Instant> from, Optional<Instant> to, int page, int size) {
        StringBuilder where = new StringBuilder(" where register_code = ?");
        List<Object> params = new ArrayList<>(List.of(register));
        from.ifPresent(f -> {
            where.append(" and coalesce(received_at, registered_at) >= ?");
            params.add(OffsetDateTime.ofInstant(f, ZoneOffset.UTC));
        });
        to.ifPresent(t -> {
            where.append(" and coalesce(received_at, registered_at) < ?");
            params.add(OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        });
        long total = jdbc.sql("select count(*) from register_entry" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add((long) page * size);
        pageParams.add(size);
        List<Line> items = jdbc.sql(
                        "select register_year, number, coalesce(received_at, registered_at), issuer, number_symbol, document_date,"
                                + " type_name, summary, recipients, urgent, note, message_record_id, registered_by, subject,"
                                + " signer, copies, kept_by"
                                + " from register_entry" + where + " order by register_year, number"
                                + " offset ? rows fetch next ? rows only")
                .params(pageParams)
                .query((rs, row) -> {
                    long messageId = rs.getLong(12);
                    Optional<Long> message = rs.wasNull() ? Optional.empty() : Optional.of(messageId);
                    Optional<String> subject = Optional.ofNullable(rs.getString(14));
                    return new Line(
                            rs.getLong(2) + "/" + rs.getInt(1),
                            rs.getObject(3, OffsetDateTime.class).toInstant(),
                            Optional.ofNullable(rs.getString(4)),
                            Optional.ofNullable(rs.getString(5)),
                            Optional.ofNullable(rs.getObject(6, LocalDate.class)),
                            Optional.ofNullable(rs.getString(7)),
                            Optional.ofNullable(rs.getString(8)).or(() -> subject),
                            rs.getString(9) == null ? "" : rs.getString(9),
                            rs.getBoolean(10),
                            Optional.ofNullable(rs.getString(11)),
                            message,
                            rs.getString(13) == null ? IncomingRegister.GATEWAY : rs.getString(13),
                            Optional.ofNullable(rs.getString(15)),
                            rs.getInt(16),
                            Optional.ofNullable(rs.getString(17)));
                })
                .list();
        return new Page(items, total, page, size);
    }
}
