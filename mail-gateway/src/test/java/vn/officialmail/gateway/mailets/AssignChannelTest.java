package vn.officialmail.gateway.mailets;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.channel.Channel;
import vn.officialmail.gateway.channel.ChannelJudge;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.channel.RecipientVerdict;
import vn.officialmail.gateway.directory.Direction;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DirectorySnapshot;
import vn.officialmail.gateway.directory.DomainPolicy;
import vn.officialmail.gateway.processing.MailAttributes;

class AssignChannelTest {

    private final Directory directory = new Directory(
            DomainPolicy.officialOnly(List.of("*.gov.vn"), PersonalMailProviders.loadDefault()),
            Set.of(),
            new DirectorySnapshot(
                    List.of(new Agency("BTP", "Bộ Tư pháp", List.of("moj.gov.vn"))),
                    List.of(new Unit(
                            "BTP-VP",
                            "BTP",
                            "Văn phòng Bộ",
                            "VP",
                            Optional.of("vanphong@moj.gov.vn"),
                            Optional.empty(),
                            Optional.empty())),
                    List.of()));

    @Test
    void envelopeRecipientsShouldBeJudgedSoABlindCopyToGmailIsSeenWhenTheHeadersShowOnlyColleagues() throws Exception {
        AssignChannel mailet = new AssignChannel(new ChannelJudge(directory));
        mailet.init(FakeMailetConfig.builder().mailetName("AssignChannel").build());
        MimeMessage message = new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(("From: vanphong@moj.gov.vn\r\nTo: nvan@moj.gov.vn\r\nSubject: Quyết định\r\n"
                                + "\r\nNội dung\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        FakeMail mail = FakeMail.builder()
                .name("m1")
                .mimeMessage(message)
                .recipients(new MailAddress("nvan@moj.gov.vn"), new MailAddress("ca.nhan@gmail.com"))
                .build();

        mailet.service(mail);

        assertThat(MailAttributes.string(mail, MailAttributes.CHANNEL)).hasValue("OFFICIAL_UNIT_MAILBOX");
        ChannelVerdict verdict = MailAttributes.object(mail, MailAttributes.CHANNEL_VERDICT, ChannelVerdict.class)
                .orElseThrow();
        assertThat(verdict.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(verdict.recipients())
                .extracting(RecipientVerdict::address, RecipientVerdict::channel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("nvan@moj.gov.vn", Channel.OFFICIAL),
                        org.assertj.core.groups.Tuple.tuple("ca.nhan@gmail.com", Channel.NON_OFFICIAL));
    }
}
