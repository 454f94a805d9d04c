package vn.officialmail.gateway.spool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class SpoolTest {

    @TempDir
    Path dir;

    @Test
    void readShouldReturnTheExactBytesWhenMessageHasOddBytes() throws IOException {
        byte[] raw = {'S', 'u', 'b', ':', ' ', (byte) 0xC3, (byte) 0xA1, 0, '\n', '.', '\n', (byte) 0xFF};
        try (Spool spool = open(DataSize.ofMegabytes(64))) {
            SpoolEntry entry = spool.append(envelope(), raw);

            assertThat(spool.read(entry)).isEqualTo(raw);
        }
    }

    @Test
    void openShouldReplayUnfinishedMessagesWhenRestarted() throws Exception {
        try (Spool spool = open(DataSize.ofMegabytes(64))) {
            SpoolEntry first = spool.append(envelope(), bytes("one"));
            spool.append(envelope(), bytes("two"));
            spool.append(envelope(), bytes("three"));
            spool.markDone(first);
        }

        try (Spool reopened = open(DataSize.ofMegabytes(64))) {
            List<String> replayed = drain(reopened);

            assertThat(replayed).containsExactly("two", "three");
            assertThat(reopened.pending()).isEqualTo(2);
        }
    }

    @Test
    void openShouldDropATornTailWhenTheLastRecordIsIncomplete() throws Exception {
        try (Spool spool = open(DataSize.ofMegabytes(64))) {
            spool.append(envelope(), bytes("kept"));
        }
        Path segment = segments().get(0);
        Files.write(segment, new byte[] {0x4F, 0x4D, 0x53, 0x50, 0, 0, 1}, StandardOpenOption.APPEND);

        try (Spool reopened = open(DataSize.ofMegabytes(64))) {
            assertThat(drain(reopened)).containsExactly("kept");
        }
    }

    @Test
    void markDoneShouldDeleteASealedSegmentWhenAllItsMessagesAreDone() throws Exception {
        List<SpoolEntry> entries = new ArrayList<>();
        try (Spool spool = open(DataSize.ofBytes(200))) {
            for (int i = 0; i < 5; i++) {
                entries.add(spool.append(envelope(), bytes("message number " + i + " with some padding to fill")));
            }
            assertThat(segments()).hasSizeGreaterThan(1);

            for (SpoolEntry entry : entries) {
                spool.markDone(entry);
            }

            assertThat(segments()).hasSize(1); // only the current one remains
            assertThat(spool.pending()).isZero();
        }
    }

    @Test
    void takeBatchShouldReturnWhatIsWaitingUpToTheLimit() throws Exception {
        try (Spool spool = open(DataSize.ofMegabytes(64))) {
            for (int i = 0; i < 5; i++) {
                spool.append(envelope(), bytes("m" + i));
            }

            List<SpoolEntry> first = spool.takeBatch(3, 100, TimeUnit.MILLISECONDS);
            List<SpoolEntry> rest = spool.takeBatch(3, 100, TimeUnit.MILLISECONDS);
            List<SpoolEntry> none = spool.takeBatch(3, 50, TimeUnit.MILLISECONDS);

            assertThat(first).hasSize(3);
            assertThat(rest).hasSize(2);
            assertThat(none).isEmpty();
        }
    }

    @Test
    void appendShouldRefuseWhenTheBacklogIsFull() throws IOException {
        try (Spool spool = Spool.open(
                dir,
                new SpoolSettings(DataSize.ofMegabytes(1), DataSize.ofBytes(0), Duration.ZERO, 1),
                SpoolDurability.FSYNC)) {
            spool.append(envelope(), bytes("first"));

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> spool.append(envelope(), bytes("second")))
                    .isInstanceOf(SpoolFullException.class)
                    .hasMessageContaining("Too many messages wait for processing (1 ≥ 1)");
        }
    }

    @Test
    void appendShouldRefuseWhenTheDiskIsNearlyFull() throws IOException {
        try (Spool spool = Spool.open(
                dir,
                new SpoolSettings(DataSize.ofMegabytes(1), DataSize.ofTerabytes(1000), Duration.ZERO, 10),
                SpoolDurability.FSYNC)) {

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> spool.append(envelope(), bytes("x")))
                    .isInstanceOf(SpoolFullException.class)
                    .hasMessageContaining("nearly full");
        }
    }

    @Test
    void replayShouldKeepTheSmtpAuthIdentityWhenTheClientLoggedIn() throws Exception {
        Envelope loggedIn = new Envelope(
                "a@moj.gov.vn",
                List.of("b@moj.gov.vn"),
                "127.0.0.1",
                "relay",
                Instant.now(),
                "smtp",
                Optional.of("mx1.moj.gov.vn"));
        try (Spool spool = open(DataSize.ofMegabytes(64))) {
            spool.append(loggedIn, bytes("relayed"));
            spool.append(envelope(), bytes("direct"));
        }

        try (Spool reopened = open(DataSize.ofMegabytes(64))) {
            SpoolEntry relayed = reopened.take(50, TimeUnit.MILLISECONDS).orElseThrow();
            SpoolEntry direct = reopened.take(50, TimeUnit.MILLISECONDS).orElseThrow();

            assertThat(relayed.envelope().authenticatedUser()).contains("mx1.moj.gov.vn");
            assertThat(direct.envelope().authenticatedUser()).isEmpty();
        }
    }

    @Test
    void openShouldReadRecordsWrittenBeforeTheSmtpAuthIdentityWasKept() throws Exception {
        // The first spool format ended the header with the source; such records are still replayed.
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(header);
        out.writeUTF("old-1");
        out.writeUTF("a@moj.gov.vn");
        out.writeInt(1);
        out.writeUTF("b@moj.gov.vn");
        out.writeUTF("127.0.0.1");
        out.writeUTF("client");
        out.writeLong(Instant.parse("2026-11-01T01:02:03Z").toEpochMilli());
        out.writeUTF("smtp");
        byte[] raw = bytes("written by the first format");
        ByteBuffer record = ByteBuffer.allocate(4 + 4 + header.size() + 4 + raw.length + 4);
        record.putInt(SpoolRecordCodec.MAGIC)
                .putInt(header.size())
                .put(header.toByteArray())
                .putInt(raw.length)
                .put(raw);
        CRC32C crc = new CRC32C();
        crc.update(record.array(), 4, record.capacity() - 8);
        record.putInt((int) crc.getValue());
        Files.write(dir.resolve("segment-000000000001.spool"), record.array());

        try (Spool reopened = open(DataSize.ofMegabytes(64))) {
            SpoolEntry old = reopened.take(50, TimeUnit.MILLISECONDS).orElseThrow();

            assertThat(reopened.read(old)).isEqualTo(raw);
            assertThat(old.envelope().source()).isEqualTo("smtp");
            assertThat(old.envelope().authenticatedUser()).isEmpty();
        }
    }

    private Spool open(DataSize segmentSize) throws IOException {
        return Spool.open(
                dir, new SpoolSettings(segmentSize, DataSize.ofBytes(0), Duration.ZERO, 10_000), SpoolDurability.FSYNC);
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".spool")).sorted().toList();
        }
    }

    private static List<String> drain(Spool spool) throws Exception {
        List<String> out = new ArrayList<>();
        Optional<SpoolEntry> next;
        while ((next = spool.take(50, TimeUnit.MILLISECONDS)).isPresent()) {
            out.add(new String(spool.read(next.get()), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static Envelope envelope() {
        return new Envelope("a@moj.gov.vn", List.of("b@moj.gov.vn"), "127.0.0.1", "client", Instant.now(), "smtp");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
