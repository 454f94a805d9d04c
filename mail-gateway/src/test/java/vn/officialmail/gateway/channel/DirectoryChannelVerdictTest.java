package vn.officialmail.gateway.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.officialmail.config.directory.Account;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.compliance.Violation;
import vn.officialmail.gateway.compliance.ViolationFinder;
import vn.officialmail.gateway.compliance.ViolationKind;
import vn.officialmail.gateway.directory.Direction;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DirectorySnapshot;
import vn.officialmail.gateway.directory.DomainPolicy;

/**
 * Channel verdicts against a directory: the Ministry of Justice (BTP, the gateway's home agency)
 * with two units, and the Ministry of Finance (BTC) with one. Mail is judged on its domains
 * (archive mode), so the directory's part is seen alone.
 */
class DirectoryChannelVerdictTest {

    private static final DirectorySnapshot CONTENTS = new DirectorySnapshot(
            List.of(
                    new Agency("BTP", "Bộ Tư pháp", List.of("moj.gov.vn")),
                    new Agency("BTC", "Bộ Tài chính", List.of("mof.gov.vn")),
                    new Agency("UBND-HN", "UBND thành phố Hà Nội", List.of("hanoi.vn"))),
            List.of(
                    unit("BTP-VP", "BTP", "vanphong@moj.gov.vn"),
                    unit("BTP-PC", "BTP", "phapche@moj.gov.vn"),
                    unit("BTC-VP", "BTC", "vanphong@mof.gov.vn")),
            List.of(new Account("nvan@moj.gov.vn", "Nguyễn Văn An", "BTP-VP")));

    private final Directory directory = new Directory(
            DomainPolicy.configured(
                    List.of("*.gov.vn", "*.chinhphu.vn"),
                    List.of("*.hanoi.vn"),
                    List.of("thunghiem.gov.vn"),
                    PersonalMailProviders.loadDefault()),
            Set.of("BTP"),
            CONTENTS);
    private final ChannelJudge judge = new ChannelJudge(directory);

    private static Unit unit(String code, String agency, String mailbox) {
        return new Unit(
                code,
                agency,
                "Đơn vị " + code,
                code.substring(code.indexOf('-') + 1),
                Optional.of(mailbox),
                Optional.empty(),
                Optional.empty());
    }

    private ChannelVerdict judge(String from, String... recipients) throws Exception {
        MimeMessage message = new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(("From: " + from + "\r\nSubject: Giấy mời\r\n\r\nNội dung\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        return judge.judge(message, List.of(recipients), Optional.empty(), Optional.empty());
    }

    @Test
    void unitMailboxWritingInsideItsAgencyShouldBeOfficialUnitMailbox() throws Exception {
        ChannelVerdict verdict = judge("Văn phòng <VanPhong@moj.gov.vn>", "phapche@moj.gov.vn", "nvan@moj.gov.vn");

        assertThat(verdict.channel()).isEqualTo(Channel.OFFICIAL_UNIT_MAILBOX);
        assertThat(verdict.isOfficial()).isTrue();
        assertThat(verdict.direction()).isEqualTo(Direction.INTERNAL);
        assertThat(verdict.recipients())
                .extracting(RecipientVerdict::address, RecipientVerdict::channel, RecipientVerdict::unitCode)
                .containsExactly(
                        tuple("phapche@moj.gov.vn", Channel.OFFICIAL_UNIT_MAILBOX, Optional.of("BTP-PC")),
                        tuple("nvan@moj.gov.vn", Channel.OFFICIAL, Optional.of("BTP-VP")));
        assertThat(verdict.reasons())
                .anySatisfy(reason -> assertThat(reason).contains("hộp thư chung của đơn vị BTP-VP thuộc Bộ Tư pháp"));
    }

    @Test
    void unitMailboxWritingOnlyOutsideItsAgencyShouldBeNonOfficial() throws Exception {
        ChannelVerdict verdict = judge("vanphong@moj.gov.vn", "vanphong@mof.gov.vn");

        assertThat(verdict.channel()).isEqualTo(Channel.NON_OFFICIAL);
        assertThat(verdict.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(verdict.recipients()).singleElement().satisfies(r -> {
            assertThat(r.channel()).isEqualTo(Channel.NON_OFFICIAL);
            assertThat(r.reason()).contains("gửi ra ngoài cơ quan Bộ Tư pháp");
        });
    }

    @Test
    void unitMailboxOfAnotherAgencyShouldNotBeOfficialHere() throws Exception {
        ChannelVerdict verdict = judge("vanphong@mof.gov.vn", "vanphong@moj.gov.vn", "nvan@moj.gov.vn");

        assertThat(verdict.channel()).isEqualTo(Channel.NON_OFFICIAL);
        assertThat(verdict.direction()).isEqualTo(Direction.INBOUND);
        assertThat(verdict.recipients()).extracting(RecipientVerdict::channel).containsOnly(Channel.NON_OFFICIAL);
    }

    @Test
    void officialMailWithAGmailCopyShouldBeOutboundToAPersonalRecipientAndAViolationOfTheSendersUnit()
            throws Exception {
        ChannelVerdict verdict = judge("nvan@moj.gov.vn", "vanphong@mof.gov.vn", "Ban.B@Gmail.com");

        assertThat(verdict.channel()).isEqualTo(Channel.OFFICIAL);
        assertThat(verdict.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(verdict.recipients())
                .extracting(RecipientVerdict::address, RecipientVerdict::channel, RecipientVerdict::direction)
                .containsExactly(
                        tuple("vanphong@mof.gov.vn", Channel.OFFICIAL, Direction.OUTBOUND),
                        tuple("ban.b@gmail.com", Channel.NON_OFFICIAL, Direction.OUTBOUND));
        assertThat(verdict.reasons())
                .contains(
                        "Người nhận ban.b@gmail.com: hộp thư cá nhân (gmail.com), không phải kênh công vụ (OUTBOUND)");

        List<Violation> violations = new ViolationFinder(directory)
                .find(7, verdict, List.of(), document("quyet-dinh"), Instant.parse("2026-11-24T03:00:00Z"));

        assertThat(violations)
                .extracting(Violation::kind, Violation::direction, Violation::counterpartAddress, Violation::unitCode)
                .containsExactly(tuple(
                        ViolationKind.OFFICIAL_DOCUMENT_TO_PERSONAL_MAILBOX,
                        "OUTBOUND",
                        "ban.b@gmail.com",
                        Optional.of("BTP-VP")));
    }

    @Test
    void officialDocumentFromGmailShouldBeRecordedAgainstTheReceivingUnit() throws Exception {
        ChannelVerdict verdict = judge("canbo@gmail.com", "vanphong@moj.gov.vn");

        assertThat(verdict.direction()).isEqualTo(Direction.INBOUND);
        assertThat(new ViolationFinder(directory)
                        .find(8, verdict, List.of(), document("cong-van"), Instant.parse("2026-11-24T03:00:00Z")))
                .extracting(Violation::kind, Violation::direction, Violation::unitCode)
                .containsExactly(
                        tuple(ViolationKind.OFFICIAL_DOCUMENT_FROM_PERSONAL_MAILBOX, "INBOUND", Optional.of("BTP-VP")));
    }

    @Test
    void denyListShouldBeatTheOfficialPatternAndAllowListShouldMakeADomainOfficial() throws Exception {
        ChannelVerdict denied = judge("test@thunghiem.gov.vn", "nvan@moj.gov.vn");
        ChannelVerdict allowed = judge("vanthu@sotuphap.hanoi.vn", "nvan@moj.gov.vn");

        assertThat(denied.channel()).isEqualTo(Channel.NON_OFFICIAL);
        assertThat(denied.reasons().get(0)).contains("danh sách cấm (thunghiem.gov.vn)");
        assertThat(allowed.channel()).isEqualTo(Channel.OFFICIAL);
        assertThat(allowed.reasons().get(0)).contains("danh sách cho phép (*.hanoi.vn)");
        assertThat(allowed.direction()).isEqualTo(Direction.INBOUND);
    }

    @Test
    void internalMailShouldBeInternalAndNeedNoVerdictChange() throws Exception {
        ChannelVerdict verdict = judge("nvan@moj.gov.vn", "phapche@moj.gov.vn");

        assertThat(verdict.channel()).isEqualTo(Channel.OFFICIAL);
        assertThat(verdict.direction()).isEqualTo(Direction.INTERNAL);
    }

    private static DocumentFacts document(String type) {
        return new DocumentFacts(
                type,
                Optional.empty(),
                0.9,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "tiêu đề và nội dung thư");
    }
}
