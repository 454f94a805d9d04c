package vn.officialmail.gateway.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.gateway.channel.Channel;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DomainPolicy;

class ViolationFinderTest {

    private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");

    private final ViolationFinder finder = new ViolationFinder(
            Directory.ofPolicy(DomainPolicy.officialOnly(List.of("*.gov.vn"), PersonalMailProviders.loadDefault())));

    @Test
    void officialDocumentFromGmailShouldBeAnInboundViolationRecorded() {
        List<Violation> found = finder.find(
                1,
                verdict(Channel.NON_OFFICIAL, "canbo.a@gmail.com"),
                List.of("vanthu@moj.gov.vn"),
                document("giay-moi"),
                AT);

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.OFFICIAL_DOCUMENT_FROM_PERSONAL_MAILBOX);
            assertThat(v.direction()).isEqualTo("INBOUND");
            assertThat(v.counterpartDomain()).isEqualTo("gmail.com");
            assertThat(v.documentType()).hasValue("giay-moi");
            assertThat(v.action()).isEqualTo("RECORDED");
        });
    }

    @Test
    void officialDocumentCopiedToAPersonalMailboxShouldBeAnOutboundViolationPerPersonalRecipient() {
        List<Violation> found = finder.find(
                2,
                verdict(Channel.OFFICIAL, "vanthu@moj.gov.vn"),
                List.of("vanphong@mof.gov.vn", "Truong.Phong@Yahoo.com.vn", "ban.b@gmail.com"),
                document("quyet-dinh"),
                AT);

        assertThat(found)
                .extracting(Violation::kind, Violation::direction, Violation::counterpartAddress)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                ViolationKind.OFFICIAL_DOCUMENT_TO_PERSONAL_MAILBOX,
                                "OUTBOUND",
                                "truong.phong@yahoo.com.vn"),
                        org.assertj.core.groups.Tuple.tuple(
                                ViolationKind.OFFICIAL_DOCUMENT_TO_PERSONAL_MAILBOX, "OUTBOUND", "ban.b@gmail.com"));
    }

    @Test
    void privateChatFromGmailShouldNotBeAViolationWhenItIsNoDocument() {
        List<Violation> found = finder.find(
                3,
                verdict(Channel.NON_OFFICIAL, "ban@gmail.com"),
                List.of("vanthu@moj.gov.vn"),
                document("unclassified"),
                AT);

        assertThat(found).isEmpty();
    }

    @Test
    void spoofedSenderAndSecretMarkShouldEachBeRecordedAsQuarantined() {
        DocumentFacts secret = new DocumentFacts(
                "bao-cao",
                Optional.of("Báo cáo"),
                0.9,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 1)),
                Optional.empty(),
                Optional.of("MAT"),
                Optional.empty(),
                "tiêu đề và nội dung thư");

        List<Violation> found =
                finder.find(4, verdict(Channel.SPOOFED, "vanthu@mof.gov.vn"), List.of("vanthu@moj.gov.vn"), secret, AT);

        assertThat(found)
                .extracting(Violation::kind, Violation::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ViolationKind.SPOOFED_SENDER, "QUARANTINED"),
                        org.assertj.core.groups.Tuple.tuple(ViolationKind.SECRET_DOCUMENT_BY_EMAIL, "QUARANTINED"));
    }

    private static ChannelVerdict verdict(Channel channel, String address) {
        return new ChannelVerdict(channel, address, address.substring(address.indexOf('@') + 1), List.of());
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
