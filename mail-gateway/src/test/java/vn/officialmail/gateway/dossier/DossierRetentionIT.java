package vn.officialmail.gateway.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.config.directory.Account;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.MovableClock;
import vn.officialmail.gateway.TestDatabases;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DirectorySnapshot;
import vn.officialmail.gateway.directory.DomainPolicy;
import vn.officialmail.gateway.message.BlobCheck;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.NewMessage;
import vn.officialmail.gateway.registry.DocumentParticulars;
import vn.officialmail.gateway.registry.IncomingRegister;
import vn.officialmail.gateway.registry.RegisterVerifier;
import vn.officialmail.gateway.relay.OwnMessages;
import vn.officialmail.gateway.relay.RelayQueue;
import vn.officialmail.gateway.relay.RelaySignal;
import vn.officialmail.gateway.search.SearchRemovals;
import vn.officialmail.indexer.index.IndexedMessage;
import vn.officialmail.indexer.index.LuceneMailIndex;
import vn.officialmail.indexer.search.SearchHit;
import vn.officialmail.indexer.search.SearchRequest;

/**
 * Retention on H2 and PostgreSQL with real blobs and a movable clock (no waiting): the schedule's
 * dates, destruction only after the retention expired, a proposal and an approval by another user
 * with the decision, a legal hold that stops it, and a destruction that deletes only the blobs
 * nothing else needs while the register and its hash chain stay intact and fsck stays sound; the
 * transfer notice 30 days before the due date, once, to the records officers and the owner unit.
 */
class DossierRetentionIT {

    static final String AGENCY = "000.00.00.G09";
    static final String LETTERS = AGENCY + ".2026.05.CV";
    static final String DECISIONS = AGENCY + ".2026.01.QD";
    static final String GENERAL = AGENCY + ".2026.06.TH";
    static final String SHORT = AGENCY + ".2026.07.GM";

    static final DossierSettings PLAN = new DossierSettings(
            AGENCY,
            List.of(
                    new FilePlanItem(
                            "01.QD", "Quyết định", "Vĩnh viễn", null, null, List.of("quyet-dinh"), null, null, null),
                    new FilePlanItem(
                            "05.CV",
                            "Công văn trao đổi",
                            "10 năm",
                            "BTP-VP",
                            null,
                            List.of("cong-van"),
                            null,
                            null,
                            null),
                    new FilePlanItem("06.TH", "Hồ sơ tổng hợp", "20 năm", null, null, null, null, null, null),
                    new FilePlanItem("07.GM", "Giấy mời", "3 năm", null, null, List.of("giay-moi"), null, null, null)),
            List.of("luutru@moj.gov.vn"),
            null,
            null,
            null);

    @TempDir
    Path dir;

    /** The registry, dossiers and retention on one database, wired as Spring would. */
    record Fixture(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            MovableClock clock,
            BlobStore blobs,
            MessageRecords records,
            IncomingRegister register,
            Dossiers dossiers,
            Retention retention,
            Disposals disposals,
            RetentionNotices notices,
            LuceneMailIndex index) {

        static Fixture on(DataSource dataSource, Path dir) {
            DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
            TransactionTemplate transactions = new TransactionTemplate(manager);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            MovableClock clock = new MovableClock();
            AuditLog audit = new AuditLog(jdbc, clock);
            IncomingRegister register = new IncomingRegister(jdbc, manager, audit, clock);
            MessageRecords records = new MessageRecords(jdbc);
            Directory directory = new Directory(
                    DomainPolicy.officialOnly(List.of("*.gov.vn"), PersonalMailProviders.loadDefault()),
                    Set.of("BTP"),
                    new DirectorySnapshot(
                            List.of(new Agency("BTP", "Bộ Tư pháp", List.of("moj.gov.vn"))),
                            List.of(new Unit(
                                    "BTP-VP",
                                    "BTP",
                                    "Văn phòng Bộ",
                                    "VP",
                                    Optional.of("vp@moj.gov.vn"),
                                    Optional.empty(),
                                    Optional.empty())),
                            List.of(new Account("nvan@moj.gov.vn", "Nguyễn Văn An", "BTP-VP"))));
            Dossiers dossiers =
                    new Dossiers(jdbc, new FilePlan(PLAN), audit, clock, records, directory, register, manager);
            BlobStore blobs = new BlobStore(dir.resolve("blobs"));
            Retention retention = new Retention(jdbc, dossiers, audit, clock, PLAN);
            LuceneMailIndex index = LuceneMailIndex.open(dir.resolve("index"));
            SearchRemovals removals = new SearchRemovals(index);
            Disposals disposals = new Disposals(
                    jdbc,
                    retention,
                    new DisposalBlobs(jdbc),
                    blobs,
                    audit,
                    transactions,
                    new DestroyedMessages(jdbc),
                    event -> {
                        if (event instanceof MessagesDestroyed destroyed) {
                            removals.on(destroyed);
                        }
                    });
            GatewaySettings settings = settings(dir);
            OwnMessages messages =
                    new OwnMessages(new RelayQueue(settings, jdbc, clock, new RelaySignal()), blobs, settings);
            RetentionNotices notices =
                    new RetentionNotices(jdbc, directory, messages, audit, transactions, clock, PLAN);
            return new Fixture(
                    jdbc,
                    transactions,
                    clock,
                    blobs,
                    records,
                    register,
                    dossiers,
                    retention,
                    disposals,
                    notices,
                    index);
        }

        static GatewaySettings settings(Path dir) {
            Map<String, String> properties = new HashMap<>();
            properties.put("gateway.data-dir", dir.toString());
            properties.put("gateway.smtp.host-name", "gateway.moj.gov.vn");
            properties.put("gateway.relay.postmaster", "postmaster@moj.gov.vn");
            return new Binder(new MapConfigurationPropertySource(properties))
                    .bind("gateway", GatewaySettings.class)
                    .get();
        }

        /** Stores the original and its attachments as blobs, registers it and returns its entry id. */
        long registerMail(String key, String type, String symbol, byte[]... attachments) throws Exception {
            byte[] raw = ("Subject: " + key + "\r\n\r\n" + key).getBytes(StandardCharsets.UTF_8);
            String sha = blobs.put(raw);
            Instant at = clock.instant();
            DocumentParticulars document = new DocumentParticulars(
                    "vanthu@mof.gov.vn",
                    key,
                    Optional.of("Bộ Tài chính"),
                    Optional.of(symbol),
                    Optional.of(LocalDate.ofInstant(at, Dossiers.VIETNAM)),
                    Optional.of(type),
                    Optional.of("Về việc " + key),
                    "Văn phòng Bộ",
                    false,
                    Optional.empty());
            long id = transactions.execute(status -> {
                long message = records.insert(new NewMessage(
                        key,
                        key,
                        sha,
                        raw.length,
                        "smtp",
                        at,
                        "127.0.0.1",
                        "helo",
                        "vanthu@mof.gov.vn",
                        List.of("nvan@moj.gov.vn"),
                        Optional.empty(),
                        Optional.of(key),
                        Optional.empty()));
                for (int i = 0; i < attachments.length; i++) {
                    try {
                        records.addAttachment(
                                message,
                                i + 1,
                                Optional.of("tep" + i + ".pdf"),
                                "application/pdf",
                                attachments[i].length,
                                blobs.put(attachments[i]),
                                "ok");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return message;
            });
            transactions.execute(status -> register.register(id, sha, document, at, IncomingRegister.GATEWAY));
            return jdbc.sql("select id from register_entry where message_record_id = ?")
                    .param(id)
                    .query(Long.class)
                    .single();
        }

        /** The message an entry registered. */
        long messageOf(long entryId) {
            return jdbc.sql("select message_record_id from register_entry where id = ?")
                    .param(entryId)
                    .query(Long.class)
                    .single();
        }

        /** Puts an entry's message into the search index, as the pipeline did when it arrived. */
        void indexed(long entryId) {
            index.index(new IndexedMessage(
                    messageOf(entryId),
                    "Công văn " + entryId,
                    "Nội dung của văn bản " + entryId,
                    "vanthu@mof.gov.vn",
                    "mof.gov.vn",
                    List.of("nvan@moj.gov.vn"),
                    "OFFICIAL",
                    clock.instant(),
                    Optional.empty(),
                    List.of()));
        }

        /** The messages search finds now. */
        List<Long> searchable() {
            index.refresh();
            return index.search(SearchRequest.of("", 0, 100)).hits().stream()
                    .map(SearchHit::messageId)
                    .toList();
        }

        String rawOf(long entryId) {
            return jdbc.sql("select raw_sha256 from register_entry where id = ?")
                    .param(entryId)
                    .query(String.class)
                    .single();
        }

        void close(String code) {
            Dossiers.Outcome outcome = transactions.execute(status -> dossiers.close(code, "vanthu"));
            assertThat(outcome).isEqualTo(Dossiers.Outcome.DONE);
        }

        Dossiers.Outcome file(String code, long entryId) {
            return transactions.execute(status -> dossiers.file(code, entryId, "vanthu"));
        }

        List<String> auditActions(String code) {
            return jdbc.sql("select action from audit_event where subject_id = ? order by id")
                    .param(code)
                    .query(String.class)
                    .list();
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void destructionShouldNeedAnExpiredRetentionAnotherUsersApprovalNoHoldAndDeleteOnlyUnsharedBlobs(String database)
            throws Exception {
        onDatabase(database, f -> {
            byte[] shared = bytes("phụ lục dùng chung");
            long letter = f.registerMail("cong-van-1", "Công văn", "1/BTC-VP", bytes("phụ lục riêng"));
            long withShared = f.registerMail("cong-van-2", "Công văn", "2/BTC-VP", shared);
            long decision = f.registerMail("quyet-dinh-1", "Quyết định", "3/QĐ-BTC", shared);
            long alsoGeneral = f.registerMail("cong-van-3", "Công văn", "4/BTC-VP");
            assertThat(f.file(GENERAL, alsoGeneral)).isEqualTo(Dossiers.Outcome.DONE);
            String privateAttachment = BlobStore.sha256Hex(bytes("phụ lục riêng"));
            String sharedAttachment = BlobStore.sha256Hex(shared);
            long entriesBefore = count(f, "register_entry");

            assertThatThrownBy(() -> f.disposals().propose(LETTERS, "Hết hạn", "vanthu"))
                    .isInstanceOf(RetentionRefused.class)
                    .hasMessageContaining("is still open");
            f.close(LETTERS);
            RetentionSchedule schedule = f.retention().schedule(LETTERS).orElseThrow();
            int closedYear = schedule.closedOn().orElseThrow().getYear();
            assertThat(schedule.years()).hasValue(10);
            assertThat(schedule.transferDue())
                    .contains(schedule.closedOn().get().plusYears(1));
            assertThat(schedule.transferNoticeOn())
                    .contains(schedule.closedOn().get().plusYears(1).minusDays(30));
            assertThat(schedule.destroyableFrom()).contains(LocalDate.of(closedYear + 11, 1, 1));
            assertThatThrownBy(() -> f.disposals().propose(LETTERS, "Hết hạn", "vanthu"))
                    .as("ten years from the year the work ended have not passed")
                    .isInstanceOf(RetentionRefused.class)
                    .hasMessageContaining("runs until " + (closedYear + 10) + "-12-31");

            moveTo(f, LocalDate.of(closedYear + 11, 1, 2));
            Disposals.Disposal proposed = f.disposals().propose(LETTERS, "Hết thời hạn bảo quản 10 năm", "vanthu");
            assertThat(proposed.state()).isEqualTo(Disposals.State.PROPOSED);
            LocalDate decisionDay = LocalDate.of(closedYear + 11, 1, 2);
            assertThatThrownBy(() -> f.disposals().approve(LETTERS, "15/QĐ-BTP", decisionDay, null, "vanthu"))
                    .as("the proposer cannot approve")
                    .isInstanceOfSatisfying(
                            RetentionRefused.class, e -> assertThat(e.why()).isEqualTo(RetentionRefused.Why.SAME_USER));
            assertThatThrownBy(() -> f.disposals().destroy(LETTERS, "vanthu"))
                    .as("nothing is destroyed before the approval")
                    .hasMessageContaining("is not approved");

            f.transactions()
                    .executeWithoutResult(status -> f.retention().hold(LETTERS, "Đang thanh tra năm 2036", "thanhtra"));
            assertThatThrownBy(() -> f.disposals().approve(LETTERS, "15/QĐ-BTP", decisionDay, null, "lanhdao"))
                    .hasMessageContaining("is on legal hold");
            f.transactions()
                    .executeWithoutResult(status -> f.retention().lift(LETTERS, "Thanh tra đã kết luận", "thanhtra"));

            Disposals.Disposal approved = f.disposals()
                    .approve(LETTERS, "15/QĐ-BTP", decisionDay, "Theo Hội đồng xác định giá trị", "lanhdao");
            assertThat(approved.state()).isEqualTo(Disposals.State.APPROVED);
            assertThat(approved.decidedBy()).contains("lanhdao");

            f.transactions().executeWithoutResult(status -> f.retention().hold(LETTERS, "Có khiếu nại", "thanhtra"));
            assertThatThrownBy(() -> f.disposals().destroy(LETTERS, "vanthu"))
                    .as("a hold set after the approval still stops the destruction")
                    .hasMessageContaining("is on legal hold");
            assertThat(f.blobs().contains(f.rawOf(letter))).isTrue();
            f.transactions()
                    .executeWithoutResult(status -> f.retention().lift(LETTERS, "Khiếu nại đã giải quyết", "thanhtra"));

            // The documents were stored years ago by the test's clock but a second ago on disk, and a
            // blob written within two seconds of a destruction counts as stored again: age the files.
            for (long entry : List.of(letter, withShared, decision, alsoGeneral)) {
                f.indexed(entry);
            }
            assertThat(f.searchable()).hasSize(4);
            storedLongAgo(f.blobs());
            Disposals.Disposal destroyed = f.disposals().destroy(LETTERS, "vanthu");

            assertThat(destroyed.state()).isEqualTo(Disposals.State.DESTROYED);
            assertThat(destroyed.decisionNumber()).contains("15/QĐ-BTP");
            assertThat(destroyed.documents()).contains(3);
            assertThat(destroyed.blobsDeleted())
                    .as("two originals and the private attachment")
                    .contains(3);
            assertThat(destroyed.blobsKept())
                    .as("the attachment shared with a decision and the letter also in another dossier")
                    .contains(2);
            assertThat(f.blobs().contains(f.rawOf(letter))).isFalse();
            assertThat(f.blobs().contains(f.rawOf(withShared))).isFalse();
            assertThat(f.blobs().contains(privateAttachment)).isFalse();
            assertThat(f.blobs().contains(sharedAttachment)).isTrue();
            assertThat(f.blobs().contains(f.rawOf(decision))).isTrue();
            assertThat(f.blobs().contains(f.rawOf(alsoGeneral))).isTrue();
            assertThat(f.searchable())
                    .as("the destroyed documents' text is no longer found; the others' still is")
                    .containsExactlyInAnyOrder(f.messageOf(decision), f.messageOf(alsoGeneral));
            DestroyedMessages destroyedMessages = new DestroyedMessages(f.jdbc());
            assertThat(destroyedMessages.destroyed(f.messageOf(letter)))
                    .as("a rebuild skips it")
                    .isTrue();
            assertThat(destroyedMessages.destroyed(f.messageOf(alsoGeneral)))
                    .as("also filed in a dossier that is kept")
                    .isFalse();
            assertThat(destroyedMessages.destroyed(f.messageOf(decision))).isFalse();
            assertThat(destroyedMessages.between(f.messageOf(letter), f.messageOf(alsoGeneral)))
                    .as("what a rebuild skips in a batch of ids")
                    .containsExactlyInAnyOrder(f.messageOf(letter), f.messageOf(withShared));
            assertThat(f.dossiers().find(LETTERS).orElseThrow().state()).isEqualTo(Dossiers.State.DESTROYED);
            assertThat(f.dossiers().documents(LETTERS))
                    .as("the destruction record keeps the list of documents")
                    .hasSize(3);
            assertThat(count(f, "register_entry")).isEqualTo(entriesBefore);
            assertThat(new RegisterVerifier(f.jdbc()).verify().intact()).isTrue();
            BlobCheck.Result fsck = new BlobCheck(f.blobs(), f.jdbc()).check();
            assertThat(fsck.sound()).as(fsck.toString()).isTrue();
            assertThat(f.file(LETTERS, decision)).isEqualTo(Dossiers.Outcome.CLOSED);
            assertThat(f.auditActions(LETTERS))
                    .containsSubsequence(
                            "dossier-closed",
                            "dossier-destruction-proposed",
                            "dossier-hold-set",
                            "dossier-hold-lifted",
                            "dossier-destruction-approved",
                            "dossier-hold-set",
                            "dossier-hold-lifted",
                            "dossier-destroyed");
            assertThat(f.disposals().destroy(LETTERS, "vanthu").state())
                    .as("destroying again only finishes what was left")
                    .isEqualTo(Disposals.State.DESTROYED);

            f.close(DECISIONS);
            assertThatThrownBy(() -> f.disposals().propose(DECISIONS, "Hết hạn", "vanthu"))
                    .as("a permanent dossier is never destroyed")
                    .hasMessageContaining("is never destroyed");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void transferNoticeShouldGoOnceThirtyDaysBeforeTheDueDateToRecordsOfficersAndTheOwnerUnit(String database)
            throws Exception {
        onDatabase(database, f -> {
            f.registerMail("cong-van-1", "Công văn", "1/BTC-VP");
            f.registerMail("giay-moi-1", "Giấy mời", "2/GM-BTC");
            f.close(LETTERS);
            f.close(SHORT);
            LocalDate due =
                    f.retention().schedule(LETTERS).orElseThrow().transferDue().orElseThrow();
            assertThat(f.retention().schedule(SHORT).orElseThrow().transferDue())
                    .as("a dossier kept three years stays with the unit: no transfer")
                    .isEmpty();

            assertThat(f.notices().send(due.minusDays(31))).isEqualTo(new RetentionNotices.Run(0, 0));
            assertThat(count(f, "outbound_delivery")).isZero();
            assertThat(f.notices().send(due.minusDays(30))).isEqualTo(new RetentionNotices.Run(1, 0));
            assertThat(f.notices().send(due.minusDays(29))).isEqualTo(new RetentionNotices.Run(0, 0));
            assertThat(f.notices().send(due.plusDays(5))).isEqualTo(new RetentionNotices.Run(0, 0));

            String blob = f.jdbc()
                    .sql("select blob_sha256 from outbound_delivery")
                    .query(String.class)
                    .single();
            MimeMessage mail = new MimeMessage(
                    Session.getInstance(new Properties()),
                    new ByteArrayInputStream(f.blobs().read(blob)));
            assertThat(Arrays.stream(mail.getAllRecipients())
                            .map(a -> ((InternetAddress) a).getAddress())
                            .toList())
                    .containsExactly("luutru@moj.gov.vn", "vp@moj.gov.vn");
            String vietnameseDue =
                    String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear());
            assertThat(mail.getSubject())
                    .isEqualTo("Hồ sơ " + LETTERS + " đến hạn nộp lưu ngày " + vietnameseDue + " / Dossier " + LETTERS
                            + " is due at the agency archive on " + due);
            assertThat((String) mail.getContent())
                    .contains("Hạn nộp lưu vào Lưu trữ cơ quan: " + vietnameseDue)
                    .contains("Due at the agency archive by " + due);
            assertThat(f.retention().schedule(LETTERS).orElseThrow().transferNoticeSentAt())
                    .isPresent();
            assertThat(f.auditActions(LETTERS)).contains("dossier-transfer-notice");
        });
    }

    private static void moveTo(Fixture f, LocalDate day) {
        Instant target = day.atTime(9, 0).atZone(Dossiers.VIETNAM).toInstant();
        f.clock().setOffset(Duration.between(Instant.now(), target));
    }

    private static long count(Fixture f, String table) {
        return f.jdbc().sql("select count(*) from " + table).query(Long.class).single();
    }

    private interface Check {
        void run(Fixture fixture) throws Exception;
    }

    private void onDatabase(String database, Check test) throws Exception {
        if (database.equals("h2")) {
            runClosingIndex(Fixture.on(TestDatabases.h2(dir), dir), test);
            return;
        }
        try (TestDatabases.PostgresDatabase postgres = TestDatabases.postgres()) {
            runClosingIndex(Fixture.on(postgres.dataSource(), dir), test);
        }
    }

    private static void runClosingIndex(Fixture fixture, Check test) throws Exception {
        try (LuceneMailIndex index = fixture.index()) {
            test.run(fixture);
        }
    }

    private static void storedLongAgo(BlobStore blobs) throws java.io.IOException {
        java.nio.file.attribute.FileTime dayAgo =
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(blobs.root())) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                java.nio.file.Files.setLastModifiedTime(file, dayAgo);
            }
        }
    }
}
