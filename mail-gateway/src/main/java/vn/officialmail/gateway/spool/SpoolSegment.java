package vn.officialmail.gateway.spool;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One append-only spool file and its companion file of finished record ordinals. The done file
 * is not forced: processing is idempotent, so a lost done mark only means a harmless replay.
 */
final class SpoolSegment {

    private final long number;
    private final Path file;
    private final Path doneFile;
    private final FileChannel channel;
    private OutputStream done;
    private int records;
    private int finished;
    private boolean sealed;

    private SpoolSegment(long number, Path file, Path doneFile, FileChannel channel) {
        this.number = number;
        this.file = file;
        this.doneFile = doneFile;
        this.channel = channel;
    }

    static SpoolSegment create(Path dir, long number) throws IOException {
        Path file = dir.resolve(fileName(number));
        FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new SpoolSegment(number, file, dir.resolve(doneFileName(number)), channel);
    }

    static SpoolSegment reopen(Path dir, long number) throws IOException {
        Path file = dir.resolve(fileName(number));
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        SpoolSegment segment = new SpoolSegment(number, file, dir.resolve(doneFileName(number)), channel);
        segment.sealed = true;
        return segment;
    }

    static String fileName(long number) {
        return String.format("segment-%012d.spool", number);
    }

    static String doneFileName(long number) {
        return String.format("segment-%012d.done", number);
    }

    long number() {
        return number;
    }

    Path file() {
        return file;
    }

    Path doneFile() {
        return doneFile;
    }

    FileChannel channel() {
        return channel;
    }

    long size() throws IOException {
        return channel.size();
    }

    /** Appends at the end; called under the spool's write lock. Returns the offset written at. */
    long append(ByteBuffer record) throws IOException {
        long offset = channel.size();
        long position = offset;
        while (record.hasRemaining()) {
            position += channel.write(record, position);
        }
        return offset;
    }

    int nextOrdinal() {
        return records++;
    }

    void countReplayed(int count) {
        records = count;
    }

    void seal() {
        sealed = true;
    }

    byte[] read(long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        long position = offset;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("Spool segment " + file + " ends before offset " + (offset + length));
            }
            position += read;
        }
        return buffer.array();
    }

    /** Marks one record finished; returns true when the sealed segment has nothing left to do. */
    synchronized boolean markDone(int ordinal) throws IOException {
        if (done == null) {
            done = Files.newOutputStream(doneFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        done.write(
                new byte[] {(byte) (ordinal >>> 24), (byte) (ordinal >>> 16), (byte) (ordinal >>> 8), (byte) ordinal});
        done.flush();
        finished++;
        return sealed && finished >= records;
    }

    synchronized void countFinished(int count) {
        finished = count;
    }

    synchronized boolean isFinished() {
        return sealed && finished >= records;
    }

    synchronized void closeAndDelete() throws IOException {
        close();
        Files.deleteIfExists(file);
        Files.deleteIfExists(doneFile);
    }

    synchronized void close() throws IOException {
        if (done != null) {
            done.close();
            done = null;
        }
        channel.close();
    }
}
