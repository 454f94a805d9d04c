package vn.officialmail.gateway.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The incoming register (sổ đăng ký văn bản đến, Decree 30/2020 Art. 22 and Appendix IV). The
 * incoming number is gapless per register per calendar year in Asia/Ho_Chi_Minh: the counter
 * row is incremented inside the registering transaction, so a rolled-back registration gives
 * its number back and concurrent writers queue on the row lock. The registry issue refines what
 * gets a number and adds the legal columns.
 */
@Service
public final class IncomingRegister {

    /** The default register's code. */
    public static final String DEFAULT_REGISTER = "incoming";

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;

    public IncomingRegister(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Registers a message (once) and returns its entry. Must run inside the caller's transaction.
     */
    public RegisterEntry register(long messageRecordId, String sender, String subject, Instant receivedAt) {
        Optional<RegisterEntry> existing = entryOf(messageRecordId);
        if (existing.isPresent()) {
            return existing.get();
        }
        int year = receivedAt.atZone(VIETNAM).getYear();
        ensureCounter(DEFAULT_REGISTER, year);
        jdbc.sql(
                        "update register_counter set last_number = last_number + 1 where register_code = ? and register_year = ?")
                .params(DEFAULT_REGISTER, year)
                .update();
        long number = jdbc.sql("select last_number from register_counter where register_code = ? and register_year = ?")
                .params(DEFAULT_REGISTER, year)
                .query(Long.class)
                .single();
        Instant now = clock.instant();
        jdbc.sql("insert into register_entry (register_code, register_year, number, message_record_id, registered_at,"
                        + " sender, subject) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        DEFAULT_REGISTER,
                        year,
                        number,
                        messageRecordId,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        StringUtils.truncate(sender, 512),
                        StringUtils.truncate(subject, 4000))
                .update();
        return new RegisterEntry(DEFAULT_REGISTER, year, number, messageRecordId, now);
    }

    /** The register entry of a message, if it has one. */
    public Optional<RegisterEntry> entryOf(long messageRecordId) {
        return jdbc.sql("select register_code, register_year, number, message_record_id, registered_at"
                        + " from register_entry where message_record_id = ?")
                .param(messageRecordId)
                .query((rs, row) -> new RegisterEntry(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Creates the year's counter in its own transaction, so a lost race aborts nothing else. */
    private void ensureCounter(String register, int year) {
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
}
