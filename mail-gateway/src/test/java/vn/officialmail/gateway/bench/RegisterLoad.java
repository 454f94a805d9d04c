package vn.officialmail.gateway.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.TestDatabases;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.NewMessage;
import vn.officialmail.gateway.registry.DocumentParticulars;
import vn.officialmail.gateway.registry.IncomingRegister;

/**
 * Registration throughput (bench/register-load.sh; not a test): WRITERS threads register
 * pre-recorded messages in the incoming register, PER_TRANSACTION registrations per transaction,
 * on a fresh PostgreSQL (or H2) database with durability on; prints registrations per second per
 * round and checks the numbers are 1..N without a gap or a duplicate.
 *
 * <p>Arguments: {@code postgres|h2 WRITERS PER_TRANSACTION PER_ROUND ROUNDS}.
 */
public final class RegisterLoad {

    private RegisterLoad() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "postgres";
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int perTransaction = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int perRound = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        Path dir = Files.createTempDirectory(Path.of("/var/tmp"), "om-register-load");
        TestDatabases.PostgresDatabase postgres = null;
        String url;
        if (database.equals("postgres")) {
            postgres = TestDatabases.postgres();
            url = postgres.url();
        } else {
            TestDatabases.h2(dir);
            url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000;WRITE_DELAY=0";
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(database.equals("postgres") ? "postgres" : "sa");
        config.setPassword("");
        config.setMaximumPoolSize(writers + 2);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            if (database.equals("postgres")) {
                System.out.println("# PostgreSQL synchronous_commit="
                        + jdbc.sql("show synchronous_commit")
                                .query(String.class)
                                .single() + " fsync="
                        + jdbc.sql("show fsync").query(String.class).single());
            }
            DataSourceTransactionManager manager = new DataSourceTransactionManager(pool);
            TransactionTemplate transactions = new TransactionTemplate(manager);
            IncomingRegister register =
                    new IncomingRegister(jdbc, manager, new AuditLog(jdbc, Clock.systemUTC()), Clock.systemUTC());
            MessageRecords records = new MessageRecords(jdbc);
            System.out.printf(
                    "# %s, %d writers, %d registrations per transaction, %d per round, %d rounds, %d cores%n",
                    database,
                    writers,
                    perTransaction,
                    perRound,
                    rounds,
                    Runtime.getRuntime().availableProcessors());
            List<Double> rates = new ArrayList<>();
            long total = 0;
            for (int round = 1; round <= rounds; round++) {
                List<Long> ids = record(records, transactions, perRound, round);
                double rate = registerAll(register, transactions, ids, writers, perTransaction);
                rates.add(rate);
                total += perRound;
                System.out.printf(Locale.ROOT, "round %d: %.1f registrations/s%n", round, rate);
            }
            long distinct = jdbc.sql("select count(distinct number) from register_entry")
                    .query(Long.class)
                    .single();
            long max = jdbc.sql("select max(number) from register_entry")
                    .query(Long.class)
                    .single();
            System.out.printf(
                    "gapless check: %d entries, numbers 1..%d, %d distinct: %s%n",
                    total, max, distinct, distinct == total && max == total ? "OK" : "BROKEN");
            Collections.sort(rates);
            System.out.printf(Locale.ROOT, "median: %.1f registrations/s%n", rates.get(rates.size() / 2));
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** Records the round's messages beforehand: only registration is timed. */
    private static List<Long> record(MessageRecords records, TransactionTemplate transactions, int count, int round) {
        List<Long> ids = new ArrayList<>(count);
        Instant now = Instant.now();
        for (int start = 0; start < count; start += 500) {
            int from = start;
            transactions.executeWithoutResult(status -> {
                for (int i = from; i < Math.min(count, from + 500); i++) {
                    String key = BlobStore.sha256Hex(("r" + round + "m" + i).getBytes());
                    ids.add(records.insert(new NewMessage(
                            key,
                            key.substring(0, 16),
                            key,
                            2048,
                            "smtp",
                            now,
                            "127.0.0.1",
                            "mx.moj.gov.vn",
                            "vanthu@moj.gov.vn",
                            List.of("vanphong@tuphap.gov.vn"),
                            Optional.empty(),
                            Optional.of("Giấy mời họp " + i),
                            Optional.empty())));
                }
            });
        }
        return ids;
    }

    private static double registerAll(
            IncomingRegister register,
            TransactionTemplate transactions,
            List<Long> ids,
            int writers,
            int perTransaction)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(writers);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            Thread.ofPlatform().start(() -> {
                try {
                    int first;
                    while ((first = next.getAndAdd(perTransaction)) < ids.size()) {
                        List<Long> batch = ids.subList(first, Math.min(ids.size(), first + perTransaction));
                        transactions.executeWithoutResult(status -> {
                            for (long id : batch) {
                                String sha =
                                        BlobStore.sha256Hex(Long.toString(id).getBytes());
                                register.register(
                                        id,
                                        sha,
                                        DocumentParticulars.of("vanthu@moj.gov.vn", "Giấy mời họp " + id),
                                        Instant.now(),
                                        IncomingRegister.GATEWAY);
                            }
                        });
                    }
                } catch (Throwable t) {
                    failures.add(t);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a writer failed", failures.get(0));
        }
        return ids.size() / ((System.nanoTime() - start) / 1e9);
    }
}
