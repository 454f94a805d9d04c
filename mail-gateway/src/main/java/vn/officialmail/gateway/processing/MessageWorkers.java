package vn.officialmail.gateway.processing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.spool.Spool;
import vn.officialmail.gateway.spool.SpoolEntry;

/**
 * A bounded pool of workers taking spooled messages through the pipeline. A message is marked
 * done in the spool only after its transaction committed (or it was kept as an error) and is on
 * disk ({@link FinishedMessages}), so a crash at any point leaves it to be replayed.
 */
@Component
public final class MessageWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MessageWorkers.class);

    private final Spool spool;
    private final MessageProcessor processor;
    private final FinishedMessages finished;
    private final int count;
    private final int batchSize;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public MessageWorkers(
            Spool spool, MessageProcessor processor, FinishedMessages finished, GatewaySettings settings) {
        this.spool = spool;
        this.processor = processor;
        this.finished = finished;
        this.count = settings.processing().workers();
        this.batchSize = settings.processing().batchSize();
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < count; i++) {
            Thread thread = Thread.ofPlatform().name("pipeline-worker-" + i).start(this::work);
            threads.add(thread);
        }
    }

    private void work() {
        while (running) {
            List<SpoolEntry> batch;
            try {
                batch = spool.takeBatch(batchSize, 200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (!batch.isEmpty()) {
                handle(batch);
            }
        }
    }

    private void handle(List<SpoolEntry> batch) {
        try {
            List<MessageProcessor.Incoming> incoming = new ArrayList<>(batch.size());
            for (SpoolEntry entry : batch) {
                incoming.add(new MessageProcessor.Incoming(entry.id(), entry.envelope(), spool.read(entry)));
            }
            processor.processBatch(incoming);
            finished.finished(batch);
        } catch (IOException | RuntimeException e) {
            // The database or the disk is failing: keep the messages and try again shortly.
            log.error("Processing of {} message(s) failed; they stay in the spool and are retried", batch.size(), e);
            pause();
            batch.forEach(spool::requeue);
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start before and stop after the SMTP listener. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }
}
