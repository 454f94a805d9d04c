package vn.officialmail.gateway.trust.smime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.gateway.channel.Channel;
import vn.officialmail.gateway.channel.ChannelJudge;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DomainPolicy;

/** What an S/MIME signature does to the channel verdict of an official-domain sender. */
class SmimeChannelVerdictTest {

    private static final String SENDER = "nguyen.van.a@moj.gov.vn";

    @TempDir
    Path directory;

    private TestPki pki;
    private TestPki.Issued signer;
    private SmimeVerifier verifier;
    private final ChannelJudge judge = new ChannelJudge(
            Directory.ofPolicy(DomainPolicy.officialOnly(List.of("*.gov.vn"), PersonalMailProviders.loadDefault())));

    @BeforeEach
    void trustTheAgencyRoot() throws Exception {
        pki = TestPki.create("Bo Tu phap Test");
        signer = pki.signer(SENDER);
        Path anchors = Files.createDirectories(directory.resolve("anchors"));
        TestPki.writePem(anchors.resolve("root.pem"), pki.root.certificate());
        SmimeSettings settings = SmimeSettings.of(anchors, null, List.of());
        verifier = new SmimeVerifier(settings, SmimeTrustMaterial.load(settings), Clock.systemUTC());
    }

    @Test
    void trustedSignatureOfTheFromAddressShouldBeOfficialWithItsReason() throws Exception {
        ChannelVerdict verdict = judge(SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER));

        assertThat(verdict.channel()).isEqualTo(Channel.OFFICIAL);
        assertThat(verdict.reasons()).anySatisfy(reason -> assertThat(reason).startsWith("Chữ ký số S/MIME"));
    }

    @Test
    void tamperedSignedMessageShouldBeSpoofedWhenTheDomainIsOfficial() throws Exception {
        byte[] signed = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);

        ChannelVerdict verdict = judge(SmimeMessages.replace(signed, "Ref: 2026-0042", "Ref: 2026-0043"));

        assertThat(verdict.channel()).isEqualTo(Channel.SPOOFED);
    }

    @Test
    void signatureFromAnUnknownAuthorityShouldNeverBeOfficial() throws Exception {
        TestPki stranger = TestPki.create("Stranger");
        TestPki.Issued foreign = stranger.signer(SENDER);

        ChannelVerdict verdict = judge(SmimeMessages.multipartSigned(foreign, stranger.chainOf(foreign), SENDER));

        assertThat(verdict.channel()).isEqualTo(Channel.UNVERIFIED);
    }

    private ChannelVerdict judge(byte[] raw) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        return judge.judge(message, Optional.empty(), Optional.of(verifier.verify(raw)));
    }
}
