package vn.officialmail.gateway.relay;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.message.BlobStore;

/**
 * Relays queued mail to the next hop (RFC 5321 §4.5.4) with {@code gateway.relay.deliverers}
 * threads. Each polls for due rows at least every second, and at once when {@link #wakeUp()} is
 * called (the queue does so itself when a transaction that queued mail commits).
 *
 * <p>SMTP relaying is at least once: a row is marked {@code DELIVERED} right after the next hop's
 * reply, but a crash in between leaves it {@code SENDING}, and the node takes its own such rows
 * back when it starts again, so the mail is sent a second time rather than lost. Rows of a node
 * that does not come back are taken back by any node when their lease ends. In journal mode the
 * worker sends nothing.
 */
@Component
public final class RelayWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RelayWorker.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration LEASE_SWEEP = Duration.ofSeconds(10);

    private final GatewaySettings settings;
    private final RelaySignal signal;
    private final OutboundRows rows;
    private final Deliverer deliverer;
    private final Clock clock;
    private final String node;
    private final AtomicLong nextSweepMillis = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public RelayWorker(
            GatewaySettings settings,
            RelayQueue queue,
            BlobStore blobs,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock,
            RelaySignal signal) {
        this.settings = settings;
        this.signal = signal;
        this.clock = clock;
        this.node = nodeId(settings.dataDir());
        this.rows = new OutboundRows(jdbc);
        // One timer thread for all sessions' deadlines, gone when idle for a while.
        ScheduledThreadPoolExecutor watchdogs = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().name("relay-watchdog-", 1).daemon(true).factory());
        watchdogs.setRemoveOnCancelPolicy(true);
        watchdogs.setKeepAliveTime(10, TimeUnit.SECONDS);
        watchdogs.allowCoreThreadTimeOut(true);
        this.deliverer = new Deliverer(
                settings.relay(), settings.smtp().hostName(), node, rows, queue, blobs, transactions, clock, watchdogs);
    }

    /** Wakes idle deliverers to look for due rows now; call it after committing queued mail. */
    public void wakeUp() {
        signal.wakeUp();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        if (settings.mode() == GatewaySettings.Mode.JOURNAL) {
            log.info("Journal mode: the relay sends nothing");
            return;
        }
        Instant now = clock.instant();
        int taken = rows.requeueOwn(node, now) + rows.requeueExpired(now);
        if (taken > 0) {
            log.warn(
                    "Took back {} relay rows left SENDING by a crash or an unfinished stop;"
                            + " they are sent again (SMTP relaying is at least once)",
                    taken);
        }
        for (int i = 1; i <= settings.relay().deliverers(); i++) {
            Thread thread = Thread.ofPlatform()
                    .name("relay-deliverer-" + i)
                    .daemon(true) // a session still running at exit is taken back at the next start
                    .unstarted(this::run);
            threads.add(thread);
            thread.start();
        }
        log.info(
                "Relaying to {}:{} with {} deliverers",
                settings.relay().host(),
                settings.relay().port(),
                threads.size());
    }

    /** Stops polling and waits, up to the relay timeout, for sessions in progress to finish. */
    @Override
    public synchronized void stop() {
        running = false;
        signal.wakeUp();
        long deadline =
                System.nanoTime() + settings.relay().timeout().plusSeconds(1).toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (thread.isAlive()) {
                log.warn("{} is still sending at shutdown; its row is taken back at the next start", thread.getName());
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Names this gateway node in {@code claimed_by}: the host and the data directory. */
    static String nodeId(Path dataDir) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost"; // the data directory still tells nodes on one machine apart
        }
        String id = host + ":" + dataDir.toAbsolutePath().normalize();
        return id.length() <= 255 ? id : id.substring(id.length() - 255);
    }

    private void run() {
        while (running) {
            long seen = signal.generation();
            boolean busy = false;
            try {
                busy = deliverer.deliverNext();
                if (!busy) {
                    sweepExpiredLeases();
                }
            } catch (RuntimeException e) {
                // A database or blob store outage must not end the deliverer: it polls again.
                log.error(
                        "Relay deliverer {} failed; polling again",
                        Thread.currentThread().getName(),
                        e);
            }
            if (!busy) {
                try {
                    signal.await(seen, POLL);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void sweepExpiredLeases() {
        long now = clock.millis();
        long due = nextSweepMillis.get();
        if (now >= due && nextSweepMillis.compareAndSet(due, now + LEASE_SWEEP.toMillis())) {
            int taken = rows.requeueExpired(clock.instant());
            if (taken > 0) {
                log.warn(
                        "Took back {} relay rows whose lease ran out (a node died or hangs); they are sent again",
                        taken);
            }
        }
    }
}
