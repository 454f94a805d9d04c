package vn.officialmail.gateway.mailbox;

import java.time.Instant;
import java.util.Optional;

/**
 * Where intake of one folder stands; this is also the import progress the API shows.
 *
 * @param uidValidity the UIDVALIDITY the UIDs below belong to (RFC 3501 §2.3.1.1)
 * @param lastUid the highest UID taken: a restart resumes after it
 * @param messageCount messages in the folder at the last look
 * @param pendingCount messages above {@code lastUid} still to take
 * @param takenCount messages taken from this folder so far
 * @param lastError why the last read failed; empty after a read that succeeded
 * @param skipped messages passed over because they are too large (left on the server)
 */
record FolderState(
        long accountId,
        String folder,
        long uidValidity,
        long lastUid,
        long messageCount,
        long pendingCount,
        long takenCount,
        Optional<Instant> lastSyncAt,
        Optional<String> lastError,
        Optional<String> skipped) {

    static FolderState fresh(long accountId, String folder, long uidValidity) {
        return new FolderState(
                accountId, folder, uidValidity, 0, 0, 0, 0, Optional.empty(), Optional.empty(), Optional.empty());
    }

    FolderState failed(java.time.Instant at, String reason) {
        return new FolderState(
                accountId,
                folder,
                uidValidity,
                lastUid,
                messageCount,
                pendingCount,
                takenCount,
                Optional.of(at),
                Optional.of(reason),
                skipped);
    }
}
