package vn.officialmail.gateway.mailbox;

import jakarta.mail.Folder;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;

/**
 * One thread per watched folder waiting in IMAP IDLE (RFC 2177): when the server announces mail
 * the folder is read at once. A dropped connection is opened again after a doubling backoff
 * (from {@code initial-backoff} to {@code max-backoff}); the polling job covers the gaps.
 */
@Component
final class IdleWatchers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IdleWatchers.class);
    private static final Duration IDLE_READ_TIMEOUT = Duration.ofMinutes(29);

    private final ImapConnector connector;
    private final MailboxIntake intake;
    private final MailboxSettings settings;
    private final Map<String, Watcher> running = new HashMap<>();

    IdleWatchers(ImapConnector connector, MailboxIntake intake, GatewaySettings gateway) {
        this.connector = connector;
        this.intake = intake;
        this.settings = gateway.mailbox();
    }

    /** Watches exactly these accounts' folders; watchers of others stop. */
    synchronized void watch(List<MailboxAccount> accounts) {
        Map<String, MailboxAccount> wanted = new HashMap<>();
        for (MailboxAccount account : accounts) {
            for (String folder : account.folders()) {
                wanted.put(account.id() + "/" + folder + "/" + account.hashCode(), account);
            }
        }
        running.entrySet().removeIf(e -> {
            if (!wanted.containsKey(e.getKey())) {
                e.getValue().stop();
                return true;
            }
            return false;
        });
        wanted.forEach((key, account) -> running.computeIfAbsent(key, k -> {
            String folder = key.split("/", 3)[1];
            Watcher watcher = new Watcher(account, folder);
            Thread.ofPlatform()
                    .daemon()
                    .name("imap-idle-" + account.name() + "-" + folder)
                    .start(watcher);
            return watcher;
        }));
    }

    @Override
    public synchronized void destroy() {
        running.values().forEach(Watcher::stop);
        running.clear();
    }

    private final class Watcher implements Runnable {
        private final MailboxAccount account;
        private final String folder;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private volatile Store store;

        Watcher(MailboxAccount account, String folder) {
            this.account = account;
            this.folder = folder;
        }

        @Override
        public void run() {
            Duration backoff = settings.initialBackoff();
            while (!stopped.get()) {
                // Servers end an IDLE after 30 minutes at the earliest (RFC 2177): wait a little less, then reconnect.
                try (Store open = connector.connect(account, IDLE_READ_TIMEOUT)) {
                    store = open;
                    IMAPFolder watched = (IMAPFolder) open.getFolder(folder);
                    watched.open(Folder.READ_ONLY);
                    intake.syncFolder(account, folder); // what arrived while nobody watched
                    backoff = settings.initialBackoff();
                    while (!stopped.get() && watched.isOpen()) {
                        watched.idle(true); // returns when the server reports a change
                        if (!stopped.get()) {
                            intake.syncFolder(account, folder);
                        }
                    }
                } catch (Exception e) {
                    if (stopped.get()) {
                        return;
                    }
                    log.warn(
                            "IDLE on mailbox {} folder {} stopped ({}); again in {}",
                            account.name(),
                            folder,
                            e.getMessage(),
                            backoff);
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0
                            ? settings.maxBackoff()
                            : backoff.multipliedBy(2);
                }
            }
        }

        void stop() {
            stopped.set(true);
            Store current = store;
            if (current != null) {
                try {
                    current.close(); // ends the IDLE the thread waits in
                } catch (Exception e) {
                    log.debug("Closing the IDLE connection of {}: {}", account.name(), e.toString());
                }
            }
        }

        private void sleep(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped.set(true);
            }
        }
    }
}
