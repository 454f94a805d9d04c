package vn.officialmail.gateway.mailets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.container.GatewayMail;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.trust.authentication.AuthenticationResults;
import vn.officialmail.gateway.trust.authentication.AuthenticationSettings;
import vn.officialmail.gateway.trust.authentication.FromAuthentication;
import vn.officialmail.gateway.trust.authentication.SenderAuthenticator;
import vn.officialmail.gateway.trust.dns.StaticDnsLookup;
import vn.officialmail.gateway.trust.relay.TrustedRelaySettings;
import vn.officialmail.gateway.trust.smime.SmimeResult;
import vn.officialmail.gateway.trust.smime.SmimeSettings;
import vn.officialmail.gateway.trust.smime.SmimeTrustMaterial;
import vn.officialmail.gateway.trust.smime.SmimeVerifier;

/** Mail taken from a unit mailbox (issue 8): the agency server's verdict counts only when that server is trusted. */
class AuthenticateSenderTest {

    private static final String AGENCY_SERVER = "10.20.0.5";

    private static final byte[] FETCHED = ("Authentication-Results: mail.tuphap.gov.vn; spf=pass"
                    + " smtp.mailfrom=vanphong@moj.gov.vn; dkim=pass header.d=moj.gov.vn header.s=s1;"
                    + " dmarc=pass header.from=moj.gov.vn\r\n"
                    + "From: vanphong@moj.gov.vn\r\n"
                    + "To: vanthu@tuphap.gov.vn\r\n"
                    + "Subject: Giay moi\r\n"
                    + "Message-ID: <gm-1@moj.gov.vn>\r\n"
                    + "\r\n"
                    + "Noi dung\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static AuthenticateSender mailet() throws Exception {
        AuthenticationSettings settings = new AuthenticationSettings(
                "official-mail.local",
                null,
                new TrustedRelaySettings(
                        List.of(AGENCY_SERVER + "/32"), List.of(), List.of("mail.tuphap.gov.vn"), null),
                null,
                null);
        SenderAuthenticator authenticator =
                SenderAuthenticator.create(settings, StaticDnsLookup.fromLines(List.of()), Clock.systemUTC());
        AuthenticateSender mailet = new AuthenticateSender(
                authenticator,
                new SmimeVerifier(SmimeSettings.defaults(), SmimeTrustMaterial.empty(), Clock.systemUTC()));
        mailet.init(FakeMailetConfig.builder().mailetName("AuthenticateSender").build());
        return mailet;
    }

    private static GatewayMail fetchedFrom(String server) throws Exception {
        GatewayMail mail = new GatewayMail(
                "imap-1",
                MaybeSender.of(new MailAddress("vanphong@moj.gov.vn")),
                List.of(new MailAddress("vanthu@tuphap.gov.vn")),
                FETCHED,
                server,
                "mail.tuphap.gov.vn");
        MailAttributes.setString(mail, MailAttributes.SOURCE, "imap");
        return mail;
    }

    @Test
    void serviceShouldBelieveTheServersAuthenticationResultsWhenTheMailboxServerIsTrusted() throws Exception {
        GatewayMail mail = fetchedFrom(AGENCY_SERVER);

        mailet().service(mail);

        AuthenticationResults results = MailAttributes.object(
                        mail, MailAttributes.AUTHENTICATION, AuthenticationResults.class)
                .orElseThrow();
        assertThat(results.viaTrustedRelay()).isTrue();
        assertThat(results.fromAuthentication()).isEqualTo(FromAuthentication.AUTHENTICATED);
        assertThat(MailAttributes.object(mail, MailAttributes.SMIME, SmimeResult.class))
                .isPresent();
    }

    @Test
    void serviceShouldJudgeLikeAnImportWhenTheMailboxServerIsNotTrusted() throws Exception {
        GatewayMail mail = fetchedFrom("203.0.113.9");

        mailet().service(mail);

        assertThat(MailAttributes.object(mail, MailAttributes.AUTHENTICATION, AuthenticationResults.class))
                .isEmpty();
        assertThat(MailAttributes.object(mail, MailAttributes.SMIME, SmimeResult.class))
                .isPresent();
    }
}
