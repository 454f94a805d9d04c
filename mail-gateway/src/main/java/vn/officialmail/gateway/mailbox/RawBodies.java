package vn.officialmail.gateway.mailbox;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.eclipse.angus.mail.imap.protocol.UIDSet;

/**
 * Reads the raw messages of a batch with as few {@code UID FETCH ... BODY.PEEK[]} commands as their
 * sizes allow, instead of one command per message. Every FETCH costs a round trip, and some servers
 * (GreenMail: its FETCH walks the folder's whole UID list once per message in it) pay for each
 * command in proportion to the folder's size, so one command per message made the initial import of
 * a 10,000-message folder take hours. The messages of one command together stay under
 * {@link #CHUNK_BYTES}, so memory stays bounded whatever the batch size; a bigger message goes alone.
 * PEEK leaves {@code \Seen} as it was.
 */
final class RawBodies {

    /** The most message bytes asked for in one FETCH (one message alone may be bigger). */
    static final long CHUNK_BYTES = 16L * 1024 * 1024;

    private RawBodies() {}

    /**
     * Splits messages (in the order given) into runs whose total size stays under {@link #CHUNK_BYTES}.
     */
    static List<List<Message>> chunks(List<Message> messages) throws MessagingException {
        List<List<Message>> chunks = new ArrayList<>();
        List<Message> current = new ArrayList<>();
        long bytes = 0;
        for (Message message : messages) {
            long size = Math.max(0, message.getSize());
            if (!current.isEmpty() && bytes + size > CHUNK_BYTES) {
                chunks.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(message);
            bytes += size;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** The raw bytes of each message, by UID, read with one UID FETCH. */
    static Map<Long, byte[]> read(IMAPFolder folder, List<Message> chunk) throws MessagingException {
        long[] uids = new long[chunk.size()];
        for (int i = 0; i < uids.length; i++) {
            uids[i] = folder.getUID(chunk.get(i));
        }
        String set = UIDSet.toString(UIDSet.createUIDSets(uids));
        Response[] responses = (Response[]) folder.doCommand(protocol -> {
            Response[] answer = protocol.command("UID FETCH " + set + " (BODY.PEEK[])", null);
            // EXISTS, EXPUNGE and flag changes among the answers keep the folder's view current.
            protocol.notifyResponseHandlers(answer);
            protocol.handleResult(answer[answer.length - 1]);
            return answer;
        });
        Map<Long, byte[]> bodies = new HashMap<>();
        for (Response response : responses) {
            if (response instanceof FetchResponse fetched) {
                UID uid = fetched.getItem(UID.class);
                BODY body = fetched.getItem(BODY.class);
                if (uid != null && body != null && body.getByteArray() != null) {
                    bodies.put(uid.uid, body.getByteArray().getNewBytes());
                }
            }
        }
        for (long uid : uids) {
            if (!bodies.containsKey(uid)) {
                throw new MessagingException("The server sent no body for UID " + uid + " of " + folder.getFullName());
            }
        }
        return bodies;
    }
}
