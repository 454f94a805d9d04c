package vn.officialmail.gateway.trust.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.trust.HeaderField;
import vn.officialmail.gateway.trust.LoopbackDnsServer;
import vn.officialmail.gateway.trust.dkim.DkimResult;
import vn.officialmail.gateway.trust.dkim.TestDkimSigner;
import vn.officialmail.gateway.trust.dmarc.DmarcPolicy;
import vn.officialmail.gateway.trust.dmarc.DmarcResult;
import vn.officialmail.gateway.trust.dns.DnsSettings;
import vn.officialmail.gateway.trust.relay.TrustedRelaySettings;
import vn.officialmail.gateway.trust.smime.SmimeResult;
import vn.officialmail.gateway.trust.smime.SmimeSigner;
import vn.officialmail.gateway.trust.smime.SmimeStatus;
import vn.officialmail.gateway.trust.spf.SpfResult;

/** The whole sender authentication, built from settings, against a DNS server on loopback. */
class SenderAuthenticatorIT {

    private static final String FOREIGN_IP = "198.51.100.66";
    private static final String MOJ_IP = "203.0.113.5";
    private static final String RELAY_IP = "10.1.2.5";

    private static LoopbackDnsServer server;
    private static SenderAuthenticator authenticator;
    private static KeyPair key;

    @BeforeAll
    static void start() throws Exception {
        key = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        server = LoopbackDnsServer.start()
                .txt("moj.gov.vn", "v=spf1 ip4:203.0.113.0/24 -all")
                .txt("_dmarc.moj.gov.vn", "v=DMARC1; p=reject")
                .txt(
                        "mail._domainkey.moj.gov.vn",
                        "v=DKIM1; k=rsa; p="
                                + Base64.getEncoder()
                                        .encodeToString(key.getPublic().getEncoded()))
                .txt("evil.example", "v=spf1 ip4:198.51.100.0/24 -all")
                .txt("gmail.example", "v=spf1 ip4:192.0.2.0/24 ~all")
                .servfail("_dmarc.flaky.gov.vn")
                .txt("flaky.gov.vn", "v=spf1 ip4:203.0.113.0/24 -all");
        AuthenticationSettings settings = new AuthenticationSettings(
                "gateway.moj.gov.vn",
                new DnsSettings(
                        null,
                        List.of(server.address().getAddress().getHostAddress() + ":"
                                + server.address().getPort()),
                        Duration.ofMillis(500),
                        0,
                        null,
                        null,
                        null,
                        null,
                        null),
                new TrustedRelaySettings(List.of("10.1.2.0/24"), null, List.of("mx.moj.gov.vn"), null),
                null,
                null);
        authenticator = SenderAuthenticator.create(settings, Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void authenticateShouldCallAForgedMojFromAForeignClientSpoofed() {
        byte[] message = message("Văn thư <vanthu@moj.gov.vn>", "");

        AuthenticationResults results = authenticator.authenticate(
                ConnectionFacts.of(FOREIGN_IP, "mail.evil.example", "bounce@evil.example"), message);

        assertThat(results.fromAuthentication()).isEqualTo(FromAuthentication.SPOOFED);
        assertThat(results.fromAddress()).isEqualTo("vanthu@moj.gov.vn");
        assertThat(results.spf().result()).isEqualTo(SpfResult.PASS); // for evil.example, which does not align
        assertThat(results.dmarc().result()).isEqualTo(DmarcResult.FAIL);
        assertThat(results.dmarc().policy()).contains(DmarcPolicy.REJECT);
        assertThat(results.reasonsInVietnamese())
                .contains(
                        "Địa chỉ người gửi thuộc moj.gov.vn bị giả mạo: DMARC không đạt và tên miền yêu cầu reject thư như vậy");
        assertThat(results.reasonsInEnglish())
                .contains(
                        "Sender address under moj.gov.vn is forged: DMARC fails and the domain asks to reject such mail");
    }

    @Test
    void headerValueShouldCarryTheSmimeResultAsRfc7281NamesIt() {
        AuthenticationResults results = authenticator.authenticate(
                ConnectionFacts.of(MOJ_IP, "mail.moj.gov.vn", "vanthu@moj.gov.vn"), message("vanthu@moj.gov.vn", ""));
        SmimeSigner signer = new SmimeSigner(
                "CN=vanthu@moj.gov.vn",
                "CN=CA",
                "1F",
                List.of("vanthu@moj.gov.vn"),
                java.time.Instant.parse("2026-11-20T01:00:00Z"),
                true,
                List.of());

        String valid = results.headerValue(
                "gateway.moj.gov.vn",
                Optional.of(
                        new SmimeResult(SmimeStatus.VALID, Optional.of(signer), false, Optional.empty(), List.of())));
        String revoked = results.headerValue(
                "gateway.moj.gov.vn",
                Optional.of(
                        new SmimeResult(SmimeStatus.REVOKED, Optional.of(signer), false, Optional.empty(), List.of())));

        assertThat(valid).endsWith(";\r\n\tsmime=pass body.smime-identifier=vanthu@moj.gov.vn");
        assertThat(revoked).contains("smime=badcert");
        assertThat(results.headerValue(
                        "gateway.moj.gov.vn",
                        Optional.of(new SmimeResult(
                                SmimeStatus.NONE, Optional.empty(), false, Optional.empty(), List.of()))))
                .endsWith("smime=none");
        assertThat(results.headerValue("gateway.moj.gov.vn", Optional.empty())).doesNotContain("smime=");
    }

    @Test
    void authenticateShouldCallAForgedMojEnvelopeSpoofedToo() {
        AuthenticationResults results = authenticator.authenticate(
                ConnectionFacts.of(FOREIGN_IP, "x", "vanthu@moj.gov.vn"), message("vanthu@moj.gov.vn", ""));

        assertThat(results.spf().result()).isEqualTo(SpfResult.FAIL);
        assertThat(results.fromAuthentication()).isEqualTo(FromAuthentication.SPOOFED);
    }

    @Test
    void authenticateShouldAuthenticateSignedMojMailFromItsServers() {
        byte[] message = sign(message("Văn thư <vanthu@moj.gov.vn>", ""), OptionalLong.empty());

        AuthenticationResults results =
                authenticator.authenticate(ConnectionFacts.of(MOJ_IP, "mail.moj.gov.vn", "vanthu@moj.gov.vn"), message);

        assertThat(results.fromAuthentication()).isEqualTo(FromAuthentication.AUTHENTICATED);
        assertThat(results.spf().result()).isEqualTo(SpfResult.PASS);
        assertThat(results.dkim()).extracting(d -> d.result()).containsExactly(DkimResult.PASS);
        assertThat(results.headerValue("gateway.moj.gov.vn"))
                .startsWith("gateway.moj.gov.vn;")
                .contains("spf=pass smtp.mailfrom=vanthu@moj.gov.vn")
                .contains("dkim=pass header.d=moj.gov.vn header.s=mail")
                .contains("dmarc=pass (p=reject) header.from=moj.gov.vn");
    }

    @Test
    void authenticateShouldAuthenticateForwardedSignedMailByItsSignature() {
        byte[] message = sign(message("vanthu@moj.gov.vn", ""), OptionalLong.empty());

        AuthenticationResults results = authenticator.authenticate(
                ConnectionFacts.of(FOREIGN_IP, "list.example", "list-bounces@evil.example"), message);

        assertThat(results.fromAuthentication()).isEqualTo(FromAuthentication.AUTHENTICATED);
        assertThat(results.dmarc().dkimAligned()).isTrue();
    }

    @Test
    void authenticateShouldCallSpoofedASignatureWhoseUnsignedTailWasFilledIn() {
        byte[] signed = sign(message("vanthu@moj.gov.vn", ""), OptionalLong.of(0));

        AuthenticationResults results =
                authenticator.authenticate(ConnectionFacts.of(FOREIGN_IP, "x", "a@evil.example"), signed);

        assertThat(results.dkim()).extracting(d -> d.result()).containsExactly(DkimResult.POLICY);
        assertThat(results.fromAuthentication()).isEqualTo(FromAuthentication.SPOOFED);
    }

    @Test
    void authenticateShouldWaitRatherThanCondemnOnATemporaryDnsFailure() {
        AuthenticationResults results = authenticator.authenticate(
                ConnectionFacts.of(FOREIGN_IP, "x", "a@evil.example"), message("vanthu@flaky.gov.vn", ""));

        assertThat(results.dmarc().result()).isEqualTo(DmarcResult.TEMPERROR);
        assertThat(results.fromAuthentication()).isEqualTo(FromAuthentication.TEMPORARY_FAILURE);
    }

    @Test
    void authenticateShouldLeaveAPersonalDomainWithoutDmarcUnauthenticated() {
        AuthenticationResults results = authenticator.authenticate(
                ConnectionFacts.of(FOREIGN_IP, "x", "someone@gmail.example"), message("someone@gmail.example", ""));

        assertThat(results.spf().result()).isEqualTo(SpfResult.SOFTFAIL);
        assertThat(results.dmarc().result()).isEqualTo(DmarcResult.NONE);
        assertThat(results.fromAuthentication()).isEqualTo(FromAuthentication.UNAUTHENTICATED);
    }

    @Test
    void authenticateShouldBelieveTheTrustedRelaysResultsAndLogin() {
        String relayResults = "Authentication-Results: mx.moj.gov.vn;\r\n"
                + "\tspf=pass smtp.mailfrom=vanthu@moj.gov.vn;\r\n"
                + "\tauth=pass (PLAIN) smtp.auth=vanthu@moj.gov.vn\r\n";
        byte[] message = message("vanthu@moj.gov.vn", relayResults);

        AuthenticationResults results =
                authenticator.authenticate(ConnectionFacts.of(RELAY_IP, "mx.moj.gov.vn", "vanthu@moj.gov.vn"), message);

        assertThat(results.viaTrustedRelay()).isTrue();
        assertThat(results.spf().result()).isEqualTo(SpfResult.PASS);
        assertThat(results.spf().reason().english())
                .isEqualTo("SPF pass for moj.gov.vn, as checked by trusted relay mx.moj.gov.vn");
        assertThat(results.authenticatedIdentity()).contains("vanthu@moj.gov.vn");
        assertThat(results.fromAuthentication()).isEqualTo(FromAuthentication.AUTHENTICATED);
        assertThat(results.headersToRemove()).isEmpty();
    }

    @Test
    void authenticateShouldNeitherBelieveNorKeepRelayResultsWrittenByAnOutsider() {
        String forged = "Authentication-Results: mx.moj.gov.vn; spf=pass smtp.mailfrom=vanthu@moj.gov.vn;\r\n"
                + "\tdkim=pass header.d=moj.gov.vn; dmarc=pass header.from=moj.gov.vn\r\n";
        String foreign = "Authentication-Results: mx.google.com; dkim=pass header.i=@moj.gov.vn\r\n";
        byte[] message = message("vanthu@moj.gov.vn", forged + foreign);

        AuthenticationResults results =
                authenticator.authenticate(ConnectionFacts.of(FOREIGN_IP, "x", "a@evil.example"), message);

        assertThat(results.viaTrustedRelay()).isFalse();
        assertThat(results.fromAuthentication()).isEqualTo(FromAuthentication.SPOOFED);
        assertThat(results.headersToRemove()).extracting(HeaderField::raw).containsExactly(forged);
    }

    @Test
    void authenticateShouldRemoveResultsClaimingTheGatewaysOwnName() {
        String claim = "Authentication-Results: gateway.moj.gov.vn; dmarc=pass header.from=moj.gov.vn\r\n";

        AuthenticationResults results = authenticator.authenticate(
                ConnectionFacts.of(MOJ_IP, "x", "vanthu@moj.gov.vn"), message("vanthu@moj.gov.vn", claim));

        assertThat(results.headersToRemove()).extracting(HeaderField::raw).containsExactly(claim);
    }

    @Test
    void authenticateShouldTakeTheSendersOwnLoginToTheGatewayAsAuthentication() {
        AuthenticationResults results = authenticator.authenticate(
                new ConnectionFacts(FOREIGN_IP, "laptop", "vanthu@moj.gov.vn", Optional.of("VanThu@moj.gov.vn")),
                message("vanthu@moj.gov.vn", ""));

        assertThat(results.fromAuthentication()).isEqualTo(FromAuthentication.AUTHENTICATED);
        assertThat(results.reasonsInVietnamese())
                .contains("Người gửi đã đăng nhập đúng bằng địa chỉ From vanthu@moj.gov.vn");
    }

    @Test
    void authenticateShouldNotJudgeAMessageWithTwoFromFields() {
        byte[] message = message("vanthu@moj.gov.vn", "From: attacker@evil.example\r\n");

        AuthenticationResults results =
                authenticator.authenticate(ConnectionFacts.of(MOJ_IP, "x", "vanthu@moj.gov.vn"), message);

        assertThat(results.fromAuthentication()).isEqualTo(FromAuthentication.UNAUTHENTICATED);
        assertThat(results.reasonsInEnglish()).contains("The message has 2 From fields; exactly one is allowed");
    }

    private static byte[] message(String from, String extraHeaders) {
        String text = extraHeaders
                + "From: " + from + "\r\n"
                + "To: phongtcbc@hanoi.gov.vn\r\n"
                + "Subject: =?UTF-8?Q?Gi=E1=BA=A5y_m=E1=BB=9Di?=\r\n"
                + "Date: Mon, 3 Mar 2025 08:00:00 +0700\r\n"
                + "Message-ID: <gm-15@moj.gov.vn>\r\n"
                + "\r\n"
                + "Kính mời dự họp.\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sign(byte[] message, OptionalLong length) {
        return TestDkimSigner.sign(
                message,
                "moj.gov.vn",
                "mail",
                key.getPrivate(),
                "relaxed/relaxed",
                List.of("from", "to", "subject", "date", "message-id"),
                length);
    }
}
