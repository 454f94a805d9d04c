package vn.officialmail.gateway.relay;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.message.BlobStore;

/**
 * A real H2 database in a temporary directory with the gateway's Flyway migrations, a blob store
 * beside it, and the relay's beans wired by hand as Spring would.
 */
final class RelayFixture implements AutoCloseable {

    final Path dataDir;
    final HikariDataSource dataSource;
    final JdbcClient jdbc;
    final TransactionTemplate transactions;
    final BlobStore blobs;
    final RelaySignal signal = new RelaySignal();
    final Clock clock = Clock.systemUTC();

    RelayFixture(Path dataDir) {
        this.dataDir = dataDir;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(
                "jdbc:h2:file:" + dataDir.resolve("db").resolve("gateway").toAbsolutePath());
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(8);
        this.dataSource = new HikariDataSource(config);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.blobs = new BlobStore(dataDir.resolve("blobs"));
    }

    /** Binds {@code gateway.*} like the application does, defaults in code, overrides given here. */
    GatewaySettings settings(Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>();
        properties.put("gateway.data-dir", dataDir.toString());
        properties.put("gateway.smtp.host-name", "gateway.test.gov.vn");
        properties.put("gateway.relay.host", "127.0.0.1");
        properties.putAll(overrides);
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("gateway", GatewaySettings.class)
                .get();
    }

    RelayQueue queue(GatewaySettings settings) {
        return new RelayQueue(settings, jdbc, clock, signal);
    }

    RelayWorker worker(GatewaySettings settings) {
        return new RelayWorker(settings, queue(settings), blobs, jdbc, transactions, clock, signal);
    }

    /** Stores an original and records it as the pipeline's RecordMessage would; returns its id. */
    long recordMessage(byte[] raw, String mailFrom, List<String> recipients) throws IOException {
        String sha256 = blobs.put(raw);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into message_record (message_key, spool_id, raw_sha256, size_bytes, source, received_at,"
                        + " mail_from, recipients, state) values (?, ?, ?, ?, 'smtp', ?, ?, ?, 'PROCESSED')")
                .params(
                        UUID.randomUUID().toString(),
                        UUID.randomUUID().toString(),
                        sha256,
                        raw.length,
                        OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC),
                        mailFrom,
                        String.join(",", recipients))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Records and queues a message in one transaction, as the pipeline's RelayMail step does. */
    long recordAndQueue(RelayQueue queue, byte[] raw, String mailFrom, List<String> recipients) throws IOException {
        long id = recordMessage(raw, mailFrom, recipients);
        transactions.executeWithoutResult(status -> queue.enqueue(id, mailFrom, recipients));
        return id;
    }

    String stateOf(long messageRecordId) {
        return jdbc.sql("select state from outbound_delivery where message_record_id = ?")
                .param(messageRecordId)
                .query(String.class)
                .single();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
