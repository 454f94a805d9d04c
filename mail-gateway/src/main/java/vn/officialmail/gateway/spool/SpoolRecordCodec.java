package vn.officialmail.gateway.spool;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The on-disk layout of one spool record: magic, header length, header (id and envelope),
 * raw length, raw bytes, CRC32C of everything after the magic. A record whose CRC does not
 * match is a torn write from a crash and marks the end of the segment.
 */
final class SpoolRecordCodec {

    static final int MAGIC = 0x4F4D5350; // "OMSP"
    private static final int MAX_FIELD = 16_000;

    private SpoolRecordCodec() {}

    /** The encoded record and where the raw bytes start within it. */
    record Encoded(ByteBuffer buffer, int rawOffsetInRecord) {}

    static Encoded encode(String id, Envelope envelope, byte[] raw) {
        byte[] header = encodeHeader(id, envelope);
        int total = 4 + 4 + header.length + 4 + raw.length + 4;
        ByteBuffer buffer = ByteBuffer.allocate(total);
        buffer.putInt(MAGIC)
                .putInt(header.length)
                .put(header)
                .putInt(raw.length)
                .put(raw);
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), 4, total - 8);
        buffer.putInt((int) crc.getValue());
        buffer.flip();
        return new Encoded(buffer, 4 + 4 + header.length + 4);
    }

    private static byte[] encodeHeader(String id, Envelope envelope) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(id);
            out.writeUTF(bounded(envelope.mailFrom()));
            out.writeInt(envelope.recipients().size());
            for (String recipient : envelope.recipients()) {
                out.writeUTF(bounded(recipient));
            }
            out.writeUTF(bounded(envelope.remoteAddress()));
            out.writeUTF(bounded(envelope.helo()));
            out.writeLong(envelope.receivedAt().toEpochMilli());
            out.writeUTF(bounded(envelope.source()));
            // Added after the first spool format: readers of older records find nothing here.
            out.writeUTF(bounded(envelope.authenticatedUser().orElse("")));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("in-memory stream cannot fail", e);
        }
    }

    private static String bounded(String value) {
        return value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) : value;
    }

    /** A record read back from a segment. */
    record Decoded(String id, Envelope envelope, long rawOffset, int rawLength, long nextOffset) {}

    /**
     * Reads the record at {@code offset}, or returns null when what is there is not a whole,
     * intact record (the torn tail of a crash).
     */
    static Decoded decode(SpoolSegment segment, long offset, long size) throws IOException {
        if (size - offset < 12) {
            return null;
        }
        byte[] head = segment.read(offset, 8);
        ByteBuffer headBuffer = ByteBuffer.wrap(head);
        if (headBuffer.getInt() != MAGIC) {
            return null;
        }
        int headerLength = headBuffer.getInt();
        if (headerLength < 0 || offset + 8 + headerLength + 4 > size) {
            return null;
        }
        byte[] header = segment.read(offset + 8, headerLength);
        int rawLength =
                ByteBuffer.wrap(segment.read(offset + 8 + headerLength, 4)).getInt();
        long rawOffset = offset + 8 + headerLength + 4;
        long end = rawOffset + rawLength + 4L;
        if (rawLength < 0 || end > size) {
            return null;
        }
        byte[] body = segment.read(offset + 4, (int) (end - 4 - offset - 4));
        int storedCrc = ByteBuffer.wrap(segment.read(end - 4, 4)).getInt();
        CRC32C crc = new CRC32C();
        crc.update(body);
        if ((int) crc.getValue() != storedCrc) {
            return null;
        }
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(header));
        String id = in.readUTF();
        String mailFrom = in.readUTF();
        int count = in.readInt();
        List<String> recipients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            recipients.add(in.readUTF());
        }
        String remote = in.readUTF();
        String helo = in.readUTF();
        Instant receivedAt = Instant.ofEpochMilli(in.readLong());
        String source = in.readUTF();
        Optional<String> authenticatedUser = in.available() > 0 ? Optional.of(in.readUTF()) : Optional.empty();
        return new Decoded(
                id,
                new Envelope(mailFrom, recipients, remote, helo, receivedAt, source, authenticatedUser),
                rawOffset,
                rawLength,
                end);
    }
}
