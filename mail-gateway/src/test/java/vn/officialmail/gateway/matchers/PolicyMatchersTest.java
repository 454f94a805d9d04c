package vn.officialmail.gateway.matchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Matcher;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.Test;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.channel.Channel;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.channel.RecipientVerdict;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.directory.Direction;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DirectorySnapshot;
import vn.officialmail.gateway.directory.DomainPolicy;
import vn.officialmail.gateway.processing.MailAttributes;

/** The matchers an agency composes its policy from: by channel, direction, type, unit, personal recipients. */
class PolicyMatchersTest {

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
    void officialDecisionFromTheOfficeToGmailShouldMatchEachConditionAndOnlyTheGmailRecipient() throws Exception {
        FakeMail mail = decisionFromTheOfficeToAColleagueAndGmail();

        assertThat(matcher(new ChannelIs(), "ChannelIs", "official_unit_mailbox, OFFICIAL")
                        .match(mail))
                .hasSize(2);
        assertThat(matcher(new DirectionIs(), "DirectionIs", "OUTBOUND").match(mail))
                .hasSize(2);
        assertThat(matcher(new DocumentTypeIs(), "DocumentTypeIs", "quyet-dinh,nghi-quyet")
                        .match(mail))
                .hasSize(2);
        assertThat(matcher(new SenderUnitIs(directory), "SenderUnitIs", "BTP-VP")
                        .match(mail))
                .hasSize(2);
        assertThat(matcher(new SenderUnitIs(directory), "SenderUnitIs", "BTP").match(mail))
                .hasSize(2);
        assertThat(matcher(new PersonalRecipients(), "PersonalRecipients", null).match(mail))
                .containsExactly(new MailAddress("ca.nhan@gmail.com"));
    }

    @Test
    void otherValuesShouldNotMatch() throws Exception {
        FakeMail mail = decisionFromTheOfficeToAColleagueAndGmail();

        assertThat(matcher(new ChannelIs(), "ChannelIs", "NON_OFFICIAL").match(mail))
                .isEmpty();
        assertThat(matcher(new DirectionIs(), "DirectionIs", "INBOUND,INTERNAL").match(mail))
                .isEmpty();
        assertThat(matcher(new DocumentTypeIs(), "DocumentTypeIs", "cong-van").match(mail))
                .isEmpty();
        assertThat(matcher(new SenderUnitIs(directory), "SenderUnitIs", "BTC").match(mail))
                .isEmpty();
    }

    @Test
    void aMatcherWithoutItsConditionShouldStopTheStartWithTheSyntax() {
        assertThatThrownBy(() -> matcher(new DocumentTypeIs(), "DocumentTypeIs", " , "))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("DocumentTypeIs=value[,value...]");
    }

    private static Matcher matcher(Matcher matcher, String name, String condition) throws MessagingException {
        FakeMatcherConfig.Builder config = FakeMatcherConfig.builder().matcherName(name);
        if (condition != null) {
            config.condition(condition);
        }
        matcher.init(config.build());
        return matcher;
    }

    private static FakeMail decisionFromTheOfficeToAColleagueAndGmail() throws Exception {
        FakeMail mail = FakeMail.builder()
                .name("m1")
                .recipients(new MailAddress("nvan@moj.gov.vn"), new MailAddress("ca.nhan@gmail.com"))
                .build();
        MailAttributes.setString(mail, MailAttributes.CHANNEL, Channel.OFFICIAL_UNIT_MAILBOX.name());
        MailAttributes.setObject(
                mail,
                MailAttributes.CHANNEL_VERDICT,
                new ChannelVerdict(
                        Channel.OFFICIAL_UNIT_MAILBOX,
                        "vanphong@moj.gov.vn",
                        "moj.gov.vn",
                        List.of("hộp thư của đơn vị"),
                        Direction.OUTBOUND,
                        List.of(
                                new RecipientVerdict(
                                        "nvan@moj.gov.vn",
                                        "moj.gov.vn",
                                        Channel.OFFICIAL,
                                        Direction.INTERNAL,
                                        Optional.empty(),
                                        "công vụ"),
                                new RecipientVerdict(
                                        "ca.nhan@gmail.com",
                                        "gmail.com",
                                        Channel.NON_OFFICIAL,
                                        Direction.OUTBOUND,
                                        Optional.empty(),
                                        "cá nhân"))));
        MailAttributes.setObject(
                mail,
                MailAttributes.CLASSIFICATION,
                new DocumentFacts(
                        "quyet-dinh",
                        Optional.of("Quyết định"),
                        0.9,
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "tiêu đề"));
        return mail;
    }
}
