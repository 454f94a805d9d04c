package vn.officialmail.gateway.trust.smime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;
import vn.officialmail.gateway.TestDirectory;
import vn.officialmail.gateway.smtp.SubmissionIngress;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.gateway.users.UserAccounts;

/**
 * Submission signed with the unit's S/MIME certificate, end to end over SMTP on loopback: the
 * unit's mailbox logs in to the submission port, the gateway signs with the unit's PKCS#12 key
 * (its password read from a file) and relays, and the copy the next hop receives verifies with the
 * gateway's own S/MIME verifier as a valid signature of the sender. A unit without a key sends
 * unsigned, and the password is in no log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SubmissionSigningIT {

    private static final String UNIT_MAILBOX = "vanphong@moj.gov.vn";
    private static final String UNSIGNED_USER = TestDirectory.PERSON;
    private static final String LOGIN_PASSWORD = "mat-khau-van-phong-2026";
    private static final String KEY_PASSWORD = "Khoa-ky-so-VP-7f3a";

    static Path dir;
    static TestPki pki;
    static GreenMail nextHop;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        dir = Files.createTempDirectory("submission-signing");
        pki = TestPki.create("Bo Tu phap Ky so");
        Path anchors = Files.createDirectories(dir.resolve("anchors"));
        TestPki.writePem(anchors.resolve("root.pem"), pki.root.certificate());
        Path pkcs12 = pki.writePkcs12(dir.resolve("vp-signing.p12"), pki.signer(UNIT_MAILBOX), KEY_PASSWORD);
        Path passwordFile = Files.writeString(dir.resolve("vp-signing.password"), KEY_PASSWORD + "\n");
        nextHop = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        nextHop.start();

        LoopbackGateway.register(registry, dir.resolve("data"));
        registry.add("spring.quartz.scheduler-name", () -> "submission-signing-it");
        LoopbackGateway.submission(registry);
        registry.add("gateway.submission.signing-keys[0].unit", () -> "BTP-VP");
        registry.add("gateway.submission.signing-keys[0].pkcs12", pkcs12::toString);
        registry.add("gateway.submission.signing-keys[0].password-file", passwordFile::toString);
        registry.add("gateway.authentication.smime.trust-anchors", anchors::toString);
        LoopbackGateway.relayTo(registry, () -> nextHop.getSmtp().getPort());
        // The unsigned sender in the ministry's unit, and the Văn phòng whose mailbox holds the signing key.
        TestDirectory.ministryWithOneUnit(registry);
        registry.add("gateway.directory.units[1].code", () -> "BTP-VP");
        registry.add("gateway.directory.units[1].agency", () -> "BTP");
        registry.add("gateway.directory.units[1].name", () -> "Văn phòng Bộ");
        registry.add("gateway.directory.units[1].abbreviation", () -> "VP");
        registry.add("gateway.directory.accounts[1].address", () -> UNIT_MAILBOX);
        registry.add("gateway.directory.accounts[1].name", () -> "Văn phòng Bộ");
        registry.add("gateway.directory.accounts[1].unit", () -> "BTP-VP");
    }

    @AfterAll
    static void stopNextHop() {
        nextHop.stop();
    }

    @Autowired
    SubmissionIngress submission;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SmimeVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void staffAccounts() {
        if (accounts.find(UNIT_MAILBOX).isEmpty()) {
            accounts.create(UNIT_MAILBOX, LOGIN_PASSWORD, Set.of(Role.STAFF), Optional.of("BTP-VP"));
            accounts.create(UNSIGNED_USER, LOGIN_PASSWORD, Set.of(Role.STAFF), Optional.of(TestDirectory.UNIT));
        }
    }

    @Test
    void mailOfAUnitWithAKeyShouldBeRelayedSignedAndVerifyWithTheGatewaysVerifier(CapturedOutput output)
            throws Exception {
        String subject = "Công văn số 301/VP-TH về lịch công tác tháng 12";

        send(UNIT_MAILBOX, subject);

        MimeMessage relayed = await().atMost(Duration.ofSeconds(60)).until(() -> relayed(subject), m -> m != null);
        assertThat(relayed.getContentType()).startsWith("multipart/signed");
        SmimeResult result = verifier.verify(bytes(relayed));
        assertThat(result.status()).as(result.reasonsInEnglish().toString()).isEqualTo(SmimeStatus.VALID);
        assertThat(result.isTrustedSignatureOf(UNIT_MAILBOX)).isTrue();
        assertThat(result.signer().orElseThrow().issuer()).contains("Bo Tu phap Ky so Issuing CA");
        // What was signed is what was written: the Vietnamese text and the Message-ID survive.
        String text = new String(bytes(relayed), StandardCharsets.ISO_8859_1);
        assertThat(text).contains("Message-ID: <vanphong-301@moj.gov.vn>");
        assertThat(bodyText(relayed)).contains("Văn phòng Bộ trân trọng thông báo lịch công tác");
        // The gateway's own pipeline sees the valid signature too: the submission is recorded as official.
        assertThat(await().atMost(Duration.ofSeconds(30))
                        .until(
                                () -> jdbc.sql("select channel from message_record where source = 'submission'"
                                                + " and subject = ?")
                                        .param(subject)
                                        .query(String.class)
                                        .optional(),
                                Optional::isPresent))
                .contains("OFFICIAL");
        assertThat(output.getAll()).doesNotContain(KEY_PASSWORD);
    }

    @Test
    void mailOfAUnitWithoutAKeyShouldBeRelayedUnsigned() throws Exception {
        String subject = "Báo cáo tài chính quý IV";

        send(UNSIGNED_USER, subject);

        MimeMessage relayed = await().atMost(Duration.ofSeconds(60)).until(() -> relayed(subject), m -> m != null);
        assertThat(relayed.getContentType()).doesNotContain("multipart/signed");
        assertThat(verifier.verify(bytes(relayed)).status()).isEqualTo(SmimeStatus.NONE);
    }

    private void send(String user, String subject) throws MessagingException {
        Session session = LoopbackGateway.submissionSession(submission.port());
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + user.substring(0, user.indexOf('@')) + "-301@moj.gov.vn>");
            }
        };
        message.setFrom(new InternetAddress(user));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse("vanthu@mof.gov.vn"));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(
                String.join(
                        "\r\n",
                        "BỘ TƯ PHÁP",
                        "VĂN PHÒNG BỘ",
                        "Số: 301/VP-TH",
                        "Hà Nội, ngày 24 tháng 11 năm 2026",
                        "THÔNG BÁO",
                        "Lịch công tác tháng 12 năm 2026",
                        "Văn phòng Bộ trân trọng thông báo lịch công tác tháng 12 năm 2026 của Lãnh đạo Bộ."),
                StandardCharsets.UTF_8.name());
        Transport.send(message, user, LOGIN_PASSWORD);
    }

    private static MimeMessage relayed(String subject) throws MessagingException {
        for (MimeMessage message : nextHop.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                return message;
            }
        }
        return null;
    }

    private static byte[] bytes(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static String bodyText(MimeMessage signed) throws Exception {
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) signed.getContent();
        return String.valueOf(parts.getBodyPart(0).getContent());
    }
}
