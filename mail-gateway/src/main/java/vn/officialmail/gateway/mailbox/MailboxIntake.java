package vn.officialmail.gateway.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Reads a mailbox's folders: the one entry point for the polling job and the IDLE watchers. One
 * reader per folder at a time; a second caller for a busy folder returns at once, since the
 * reader already at work takes what it came for.
 */
@Service
public final class MailboxIntake {

    private static final Logger log = LoggerFactory.getLogger(MailboxIntake.class);

    private final MailboxAccounts accounts;
    private final ImapConnector connector;
    private final FolderIntake folders;
    private final FolderStates states;
    private final Clock clock;
    private final ConcurrentHashMap<String, ReentrantLock> busy = new ConcurrentHashMap<>();
    private volatile boolean closing;

    MailboxIntake(
            MailboxAccounts accounts, ImapConnector connector, FolderIntake folders, FolderStates states, Clock clock) {
        this.accounts = accounts;
        this.connector = connector;
        this.folders = folders;
        this.states = states;
        this.clock = clock;
    }

    /**
     * Reads every watched folder of the account once.
     *
     * @return messages taken
     * @throws MailboxIntakeException naming the mailbox and folder when it could not be read
     */
    public int syncAccount(long accountId) {
        Optional<MailboxAccount> found = accounts.byId(accountId).filter(MailboxAccount::enabled);
        if (found.isEmpty()) {
            return 0;
        }
        MailboxAccount account = found.get();
        int taken = 0;
        MailboxIntakeException failure = null;
        for (String folder : account.folders()) {
            try {
                taken += syncFolder(account, folder);
            } catch (MailboxIntakeException e) {
                failure = e; // the other folders are still read
            }
        }
        if (failure != null) {
            throw failure;
        }
        return taken;
    }

    /**
     * On shutdown a long import stops after the message at hand instead of holding the shutdown
     * up: what is taken is in the spool and the folder position, the rest follows after the start.
     */
    @EventListener(ContextClosedEvent.class)
    void close() {
        closing = true;
    }

    /** Reads one folder once, unless another reader is at it already. */
    int syncFolder(MailboxAccount account, String folder) {
        if (closing) {
            return 0;
        }
        ReentrantLock lock = busy.computeIfAbsent(account.id() + "/" + folder, k -> new ReentrantLock());
        if (!lock.tryLock()) {
            return 0;
        }
        try (Store store = connector.connect(account)) {
            int taken = folders.sync(account, folder, store, serverAddress(account), () -> closing);
            if (taken > 0) {
                log.info("Mailbox {} folder {}: took {} message(s)", account.name(), folder, taken);
            }
            return taken;
        } catch (MessagingException | IOException | RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            recordError(account, folder, reason);
            throw new MailboxIntakeException(
                    "Cannot read folder " + folder + " of mailbox " + account.name() + ": " + reason, e);
        } finally {
            lock.unlock();
        }
    }

    private void recordError(MailboxAccount account, String folder, String reason) {
        try {
            FolderState state =
                    states.find(account.id(), folder).orElseGet(() -> FolderState.fresh(account.id(), folder, 0));
            states.save(state.failed(clock.instant(), reason));
        } catch (RuntimeException e) {
            log.warn("Cannot record the error of mailbox {} folder {}: {}", account.name(), folder, e.toString());
        }
    }

    // The server's address goes into the envelope: AuthenticateSender believes the server's
    // Authentication-Results only when that address is one of the trusted relays.
    private static String serverAddress(MailboxAccount account) {
        try {
            return InetAddress.getByName(account.host()).getHostAddress();
        } catch (IOException e) {
            return "";
        }
    }

    /** A mailbox folder could not be read; the folder state in the API says the same. */
    public static final class MailboxIntakeException extends RuntimeException {
        MailboxIntakeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
