package vn.officialmail.gateway.trust.smime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.apache.james.core.MailAddress;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.officialmail.gateway.TestDatabases;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.mailets.RecordAudit;
import vn.officialmail.gateway.processing.MailAttributes;

/** The audit log names who signed a message: subject, issuer, serial and signing time of the certificate. */
class SmimeAuditTest {

    private static final String SENDER = "nguyen.van.a@moj.gov.vn";

    @TempDir
    Path directory;

    @Test
    void verdictEventShouldRecordTheSignerOfASignedMessage() throws Exception {
        TestPki pki = TestPki.create("Bo Tu phap Test");
        TestPki.Issued signer = pki.signer(SENDER);
        Path anchors = Files.createDirectories(directory.resolve("anchors"));
        TestPki.writePem(anchors.resolve("root.pem"), pki.root.certificate());
        SmimeSettings settings = SmimeSettings.of(anchors, null, List.of());
        SmimeVerifier verifier = new SmimeVerifier(settings, SmimeTrustMaterial.load(settings), Clock.systemUTC());
        byte[] signed = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);
        FakeMail mail = FakeMail.builder()
                .name("m1")
                .recipients(new MailAddress("vanthu@tuphap.gov.vn"))
                .build();
        MailAttributes.setObject(mail, MailAttributes.SMIME, verifier.verify(signed));
        JdbcClient jdbc = JdbcClient.create(TestDatabases.h2(directory.resolve("db")));
        RecordAudit audit = new RecordAudit(new AuditLog(jdbc, Clock.systemUTC()));
        audit.init(FakeMailetConfig.builder().mailetName("RecordAudit").build());

        audit.service(mail);

        String details = jdbc.sql("select details from audit_event where action = 'channel-verdict'")
                .query(String.class)
                .single();
        assertThat(details)
                .contains("\"smime\":\"VALID\"")
                .contains("\"signerSerial\":\""
                        + signer.certificate().getSerialNumber().toString(16).toUpperCase(Locale.ROOT) + "\"")
                .contains("\"signerSubject\":\"")
                .contains("\"signerIssuer\":\"")
                .contains("\"signingTime\":\"");
    }
}
