package vn.officialmail.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.officialmail.gateway.TestDatabases;

/**
 * Tampering with the register in SQL is reported: an altered row, a row altered with its hash
 * recomputed, a deleted row (in the middle and at the end) and a row inserted outside the gateway.
 */
class RegisterVerifierIT {

    @TempDir
    Path dir;

    RegisterFixture fixture;
    RegisterVerifier verifier;
    int year;

    @BeforeEach
    void registerThreeDocuments() {
        fixture = new RegisterFixture(TestDatabases.h2(dir));
        verifier = new RegisterVerifier(fixture.jdbc);
        Instant morning = Instant.parse("2026-03-02T02:00:00Z");
        fixture.registerNew("a", "Giấy mời họp giao ban", morning);
        fixture.registerNew("b", "Công văn về việc báo cáo", morning.plusSeconds(60));
        fixture.registerNew("c", "Quyết định khen thưởng", morning.plusSeconds(120));
        year = 2026;
    }

    @Test
    void untouchedRegisterShouldBeIntact() {
        RegisterVerification result = verifier.verify();

        assertThat(result.problems()).isEmpty();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(3);
    }

    @Test
    void alteredSubjectShouldBeReportedWhenTheHashWasLeftAlone() {
        fixture.jdbc
                .sql("update register_entry set subject = 'Quyết định kỷ luật' where number = 3")
                .update();

        assertThat(verifier.verify().problems())
                .containsExactly("register incoming 3/2026: content altered (does not match its hash)");
    }

    @Test
    void alteredSubjectShouldBeReportedWhenTheHashWasRecomputedToo() {
        rewriteSubjectWithMatchingHash(2, "Công văn về việc khác");

        RegisterVerification result = verifier.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.problems())
                .containsExactly(
                        "register incoming 2/2026: rewritten (its hash differs from the one in the audit log)");
    }

    @Test
    void deletedEntriesShouldBeReportedWhenInTheMiddleOrAtTheEnd() {
        long middle = messageOf(2);
        long last = messageOf(3);
        fixture.jdbc.sql("delete from register_entry where number in (2, 3)").update();

        assertThat(verifier.verify().problems())
                .containsExactly(
                        "register incoming, message " + middle
                                + ": registered in the audit log, but its entry is deleted",
                        "register incoming, message " + last
                                + ": registered in the audit log, but its entry is deleted");
    }

    @Test
    void gapAndForgedEntryShouldBeReportedWhenAnEntryIsReplacedByAnotherNumber() {
        long deleted = messageOf(3);
        fixture.jdbc.sql("delete from register_entry where number = 3").update();
        long message = fixture.newRecord("forged");
        insertWithMatchingHash(5, message, "Văn bản chèn thêm");

        assertThat(verifier.verify().problems())
                .containsExactly(
                        "register incoming 5/2026: entries 3 to 4 are missing (deleted)",
                        "register incoming 5/2026: inserted outside the gateway (no registration in the audit log)",
                        "register incoming, message " + deleted
                                + ": registered in the audit log, but its entry is deleted");
    }

    @Test
    void singleGapShouldBeNamedWhenOneEntryInTheMiddleIsDeleted() {
        fixture.jdbc.sql("delete from register_entry where number = 2").update();

        assertThat(verifier.verify().problems()).startsWith("register incoming 3/2026: entry 2 is missing (deleted)");
    }

    private void rewriteSubjectWithMatchingHash(long number, String subject) {
        var row = fixture.jdbc
                .sql("select message_record_id, raw_sha256, registered_at, sender, received_at from register_entry"
                        + " where number = ?")
                .param(number)
                .query((rs, i) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class),
                    rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class)
                })
                .single();
        String hash = RegisterEntryHash.of(
                RegisterEntryHash.CURRENT_VERSION,
                "incoming",
                year,
                number,
                OptionalLong.of((Long) row[0]),
                (String) row[1],
                ((OffsetDateTime) row[2]).toInstant(),
                ((OffsetDateTime) row[4]).toInstant(),
                DocumentParticulars.of((String) row[3], subject),
                IncomingRegister.GATEWAY);
        fixture.jdbc
                .sql("update register_entry set subject = ?, entry_hash = ? where number = ?")
                .params(subject, hash, number)
                .update();
    }

    private void insertWithMatchingHash(long number, long message, String subject) {
        OffsetDateTime at = OffsetDateTime.parse("2026-03-02T03:00:00Z");
        // An entry of the first format (hash version 1), as a forger who read the old code would write it.
        String hash = RegisterEntryHash.of(
                1,
                "incoming",
                year,
                number,
                OptionalLong.of(message),
                RegisterFixture.SHA,
                at.toInstant(),
                null,
                DocumentParticulars.of("x@gmail.com", subject),
                null);
        fixture.jdbc
                .sql("insert into register_entry (register_code, register_year, number, message_record_id,"
                        + " registered_at, sender, subject, raw_sha256, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params("incoming", year, number, message, at, "x@gmail.com", subject, RegisterFixture.SHA, hash)
                .update();
    }

    private long messageOf(long number) {
        return fixture.jdbc
                .sql("select message_record_id from register_entry where number = ?")
                .param(number)
                .query(Long.class)
                .single();
    }
}
