package vn.officialmail.gateway.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.NewMessage;

/** A register on a migrated database, with message records to register. */
final class RegisterFixture {

    static final String SHA = "0".repeat(64);

    final JdbcClient jdbc;
    final TransactionTemplate transactions;
    final IncomingRegister register;
    final MessageRecords records;

    RegisterFixture(DataSource dataSource) {
        DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(manager);
        register = new IncomingRegister(jdbc, manager, new AuditLog(jdbc, Clock.systemUTC()), Clock.systemUTC());
        records = new MessageRecords(jdbc);
    }

    /** A distinct original per message: the register links two messages with one original as duplicates. */
    static String sha(Object key) {
        return vn.officialmail.gateway.message.BlobStore.sha256Hex(
                String.valueOf(key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    long newRecord(String key) {
        return transactions.execute(status -> records.insert(new NewMessage(
                key,
                key,
                SHA,
                1,
                "smtp",
                Instant.now(),
                "127.0.0.1",
                "helo",
                "a@moj.gov.vn",
                List.of("b@moj.gov.vn"),
                Optional.empty(),
                Optional.of("subject"),
                Optional.empty())));
    }

    /** {@code count} new message records, recorded 500 per transaction. */
    List<Long> newRecords(String prefix, int count) {
        List<Long> ids = new java.util.ArrayList<>(count);
        for (int start = 0; start < count; start += 500) {
            int from = start;
            transactions.executeWithoutResult(status -> {
                for (int i = from; i < Math.min(count, from + 500); i++) {
                    String key = prefix + "-" + i;
                    ids.add(records.insert(new NewMessage(
                            key,
                            key,
                            SHA,
                            1,
                            "smtp",
                            Instant.now(),
                            "127.0.0.1",
                            "helo",
                            "a@moj.gov.vn",
                            List.of("b@moj.gov.vn"),
                            Optional.empty(),
                            Optional.of("subject"),
                            Optional.empty())));
                }
            });
        }
        return ids;
    }

    /** Registers a new message in its own transaction and returns its entry. */
    RegisterEntry registerNew(String key, String subject, Instant receivedAt) {
        long id = newRecord(key);
        Registration registration = transactions.execute(
                status -> register.register(id, sha(key), "vanthu@moj.gov.vn", subject, receivedAt));
        return registration.entry().orElseThrow();
    }
}
