package vn.officialmail.gateway.mailbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;

/**
 * Takes the new messages of one folder, in UID order and in batches: each message into the spool
 * (through {@link IntakeLedger}), then the after-intake action on the server, then the folder's
 * position, so a restart resumes after the last full batch and re-reads at most one batch, which
 * the ledger recognises. A changed UIDVALIDITY restarts from UID 1; content keys keep that from
 * creating duplicates.
 */
@Component
final class FolderIntake {

    private static final Logger log = LoggerFactory.getLogger(FolderIntake.class);

    private final IntakeLedger ledger;
    private final FolderStates states;
    private final Clock clock;
    private final int batchSize;
    private final long maxMessageSize;

    FolderIntake(IntakeLedger ledger, FolderStates states, Clock clock, GatewaySettings settings) {
        this.ledger = ledger;
        this.states = states;
        this.clock = clock;
        this.batchSize = settings.mailbox().batchSize();
        this.maxMessageSize = settings.mailbox().maxMessageSize().toBytes();
    }

    /**
     * Reads the folder once; returns how many messages were taken.
     *
     * @param stop asked between batches: true ends the read early (the gateway is shutting down)
     */
    int sync(MailboxAccount account, String folderName, Store store, String serverAddress, BooleanSupplier stop)
            throws MessagingException, IOException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
        boolean changesServer = account.afterIntake().action() != AfterIntake.Action.NONE;
        folder.open(changesServer ? Folder.READ_WRITE : Folder.READ_ONLY);
        try {
            long validity = folder.getUIDValidity();
            FolderState state = states.find(account.id(), folderName)
                    .orElseGet(() -> FolderState.fresh(account.id(), folderName, validity));
            if (state.uidValidity() != validity) {
                log.warn(
                        "Mailbox {} folder {}: UIDVALIDITY changed from {} to {}; reading it again from the start",
                        account.name(),
                        folderName,
                        state.uidValidity(),
                        validity);
                state = new FolderState(
                        account.id(),
                        folderName,
                        validity,
                        0,
                        0,
                        0,
                        state.takenCount(),
                        state.lastSyncAt(),
                        state.lastError(),
                        state.skipped());
            }
            List<Message> waiting = waitingAfter(folder, state.lastUid());
            state = withCounts(state, folder.getMessageCount(), waiting.size(), state.lastUid(), state.takenCount());
            states.save(state);
            int taken = 0;
            for (int from = 0; from < waiting.size() && !stop.getAsBoolean(); from += batchSize) {
                List<Message> batch = waiting.subList(from, Math.min(waiting.size(), from + batchSize));
                Optional<String> skipped = takeBatch(account, folderName, folder, validity, batch, serverAddress);
                long lastUid = folder.getUID(batch.get(batch.size() - 1));
                taken += batch.size();
                state = new FolderState(
                        account.id(),
                        folderName,
                        validity,
                        lastUid,
                        folder.getMessageCount(),
                        waiting.size() - (from + batch.size()),
                        state.takenCount() + batch.size(),
                        Optional.of(clock.instant()),
                        Optional.empty(),
                        skipped.or(state::skipped));
                states.save(state);
            }
            if (waiting.isEmpty()) {
                states.save(new FolderState(
                        account.id(),
                        folderName,
                        validity,
                        state.lastUid(),
                        state.messageCount(),
                        0,
                        state.takenCount(),
                        Optional.of(clock.instant()),
                        Optional.empty(),
                        state.skipped()));
            }
            return taken;
        } finally {
            if (folder.isOpen()) {
                folder.close(account.afterIntake().action() == AfterIntake.Action.MOVE);
            }
        }
    }

    private static List<Message> waitingAfter(IMAPFolder folder, long lastUid) throws MessagingException {
        Message[] candidates = folder.getMessagesByUID(lastUid + 1, UIDFolder.LASTUID);
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.SIZE);
        folder.fetch(candidates, profile);
        List<Message> waiting = new ArrayList<>();
        for (Message message : candidates) {
            // "UID n:*" always answers with the last message, even when its UID is below n (RFC 3501 §6.4.8).
            if (message != null && folder.getUID(message) > lastUid) {
                waiting.add(message);
            }
        }
        waiting.sort(Comparator.comparingLong(m -> uid(folder, m)));
        return waiting;
    }

    private Optional<String> takeBatch(
            MailboxAccount account,
            String folderName,
            IMAPFolder folder,
            long validity,
            List<Message> batch,
            String serverAddress)
            throws MessagingException, IOException {
        List<Message> wanted = new ArrayList<>();
        Optional<String> skipped = Optional.empty();
        for (Message message : batch) {
            if (message.getSize() > maxMessageSize) {
                // Left on the server untouched, so nothing is lost; the folder state says why it was passed over.
                skipped = Optional.of("UID " + folder.getUID(message) + " is " + message.getSize() + " bytes, over"
                        + " gateway.mailbox.max-message-size; left on the server");
                log.warn("Mailbox {} folder {}: {}", account.name(), folderName, skipped.get());
            } else {
                wanted.add(message);
            }
        }
        for (List<Message> chunk : RawBodies.chunks(wanted)) {
            Map<Long, byte[]> raw = RawBodies.read(folder, chunk);
            for (Message message : chunk) {
                long uid = folder.getUID(message);
                ledger.take(new IntakeLedger.Found(account, folderName, validity, uid, serverAddress), raw.get(uid));
            }
        }
        afterIntake(account.afterIntake(), folder, wanted);
        return skipped;
    }

    private static void afterIntake(AfterIntake after, IMAPFolder folder, List<Message> done)
            throws MessagingException {
        if (done.isEmpty()) {
            return;
        }
        Message[] messages = done.toArray(Message[]::new);
        switch (after.action()) {
            case KEYWORD -> {
                Flags keyword = new Flags(after.argument());
                folder.setFlags(messages, keyword, true);
            }
            case SEEN -> folder.setFlags(messages, new Flags(Flags.Flag.SEEN), true);
            case MOVE -> {
                Folder target = folder.getStore().getFolder(after.argument());
                if (!target.exists() && !target.create(Folder.HOLDS_MESSAGES)) {
                    throw new MessagingException("Cannot create folder " + after.argument() + " to move taken mail to");
                }
                folder.moveMessages(messages, target);
            }
            case NONE -> {}
        }
    }

    private static FolderState withCounts(FolderState state, int messages, int pending, long lastUid, long taken) {
        return new FolderState(
                state.accountId(),
                state.folder(),
                state.uidValidity(),
                lastUid,
                messages,
                pending,
                taken,
                state.lastSyncAt(),
                state.lastError(),
                state.skipped());
    }

    private static long uid(IMAPFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("No UID for message " + message.getMessageNumber(), e);
        }
    }
}
