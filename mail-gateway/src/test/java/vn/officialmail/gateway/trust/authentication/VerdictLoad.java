package vn.officialmail.gateway.trust.authentication;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.gateway.bench.Throughput;
import vn.officialmail.gateway.channel.Channel;
import vn.officialmail.gateway.channel.ChannelJudge;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DirectorySnapshot;
import vn.officialmail.gateway.directory.DomainPolicy;
import vn.officialmail.gateway.trust.LoopbackDnsServer;
import vn.officialmail.gateway.trust.dkim.TestDkimSigner;
import vn.officialmail.gateway.trust.dns.DnsSettings;
import vn.officialmail.gateway.trust.relay.TrustedRelaySettings;

/**
 * Channel verdicts per second on one thread with a warm DNS cache (issue: trust and policy, target
 * 2,000/s): SPF, DKIM (RSA-2048) and DMARC of a 2 KB message from an official domain, then the
 * channel judgement against a directory, as the pipeline's {@code AuthenticateSender} and
 * {@code AssignChannel} do; and the same for a personal-mail sender (SPF only, no signature). DNS is a
 * server on loopback behind the gateway's resolver and cache. Run by {@code bench/trust-load.sh}.
 */
public final class VerdictLoad {

    private static final String MOJ_IP = "203.0.113.5";
    private static final String GMAIL_IP = "192.0.2.7";

    private VerdictLoad() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Duration round = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        try (LoopbackDnsServer dns = LoopbackDnsServer.start()
                .txt("moj.gov.vn", "v=spf1 ip4:203.0.113.0/24 -all")
                .txt("_dmarc.moj.gov.vn", "v=DMARC1; p=reject")
                .txt(
                        "mail._domainkey.moj.gov.vn",
                        "v=DKIM1; k=rsa; p="
                                + Base64.getEncoder()
                                        .encodeToString(key.getPublic().getEncoded()))
                .txt("gmail.com", "v=spf1 ip4:192.0.2.0/24 ~all")
                .txt("_dmarc.gmail.com", "v=DMARC1; p=none")) {
            SenderAuthenticator authenticator = SenderAuthenticator.create(
                    new AuthenticationSettings(
                            "gateway.moj.gov.vn",
                            new DnsSettings(
                                    null,
                                    List.of(dns.address().getAddress().getHostAddress() + ":"
                                            + dns.address().getPort()),
                                    Duration.ofMillis(500),
                                    0,
                                    10_000,
                                    Duration.ofHours(1),
                                    null,
                                    null,
                                    null),
                            new TrustedRelaySettings(List.of(), null, List.of(), null),
                            null,
                            null),
                    Clock.systemUTC());
            ChannelJudge judge = new ChannelJudge(new Directory(
                    DomainPolicy.configured(
                            List.of("*.gov.vn", "*.chinhphu.vn"),
                            List.of(),
                            List.of(),
                            PersonalMailProviders.loadDefault()),
                    Set.of("BTP"),
                    new DirectorySnapshot(
                            List.of(new Agency("BTP", "Bộ Tư pháp", List.of("moj.gov.vn"))), List.of(), List.of())));

            byte[] official = TestDkimSigner.sign(
                    message("vanthu@moj.gov.vn"),
                    "moj.gov.vn",
                    "mail",
                    key.getPrivate(),
                    "relaxed/relaxed",
                    List.of("from", "to", "subject", "date", "message-id"),
                    OptionalLong.empty());
            byte[] personal = message("nguoidan@gmail.com");
            check(verdict(authenticator, judge, MOJ_IP, "vanthu@moj.gov.vn", official), Channel.OFFICIAL);
            check(verdict(authenticator, judge, GMAIL_IP, "nguoidan@gmail.com", personal), Channel.NON_OFFICIAL);

            System.out.printf(
                    "# %d cores, %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
            Throughput.measure(
                    "verdict official DKIM-signed 2 KB",
                    () -> verdict(authenticator, judge, MOJ_IP, "vanthu@moj.gov.vn", official),
                    Duration.ofSeconds(10),
                    rounds,
                    round);
            Throughput.measure(
                    "verdict personal sender 2 KB",
                    () -> verdict(authenticator, judge, GMAIL_IP, "nguoidan@gmail.com", personal),
                    Duration.ofSeconds(5),
                    rounds,
                    round);
        }
    }

    // What the pipeline does per message: authenticate the raw bytes, parse, judge.
    private static ChannelVerdict verdict(
            SenderAuthenticator authenticator, ChannelJudge judge, String ip, String mailFrom, byte[] raw)
            throws Exception {
        AuthenticationResults results =
                authenticator.authenticate(ConnectionFacts.of(ip, "mail.example", mailFrom), raw);
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        return judge.judge(message, List.of("vanthu@tuphap.gov.vn"), Optional.of(results), Optional.empty());
    }

    private static final Session SESSION = Session.getInstance(new Properties());

    private static void check(ChannelVerdict verdict, Channel expected) {
        if (verdict.channel() != expected) {
            throw new IllegalStateException(
                    "expected " + expected + ", got " + verdict.channel() + " " + verdict.reasons());
        }
    }

    private static byte[] message(String from) {
        StringBuilder body = new StringBuilder();
        while (body.length() < 1_800) {
            body.append("Kính mời đại diện lãnh đạo đơn vị dự họp giao ban công tác tháng 11 năm 2026.\r\n");
        }
        String text = "From: " + from + "\r\n"
                + "To: vanthu@tuphap.gov.vn\r\n"
                + "Subject: =?UTF-8?Q?Gi=E1=BA=A5y_m=E1=BB=9Di?=\r\n"
                + "Date: Mon, 23 Nov 2026 08:00:00 +0700\r\n"
                + "Message-ID: <gm-15@moj.gov.vn>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + body;
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
