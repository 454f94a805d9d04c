package vn.officialmail.gateway.trust.smime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Thunderbird S/MIME message (MimeKit's test data, see resources trust/smime/SOURCES.md). */
class SmimeThunderbirdTest {

    private static final Instant DAY_AFTER_SIGNING = Instant.parse("2013-11-03T12:00:00Z");

    @TempDir
    Path anchors;

    @Test
    void verifyShouldTrustTheThunderbirdSignatureAtItsSigningTimeWhenTheStartComCaIsAnchored() throws IOException {
        copy("StartComCertificationAuthority.crt");
        copy("StartComClass1PrimaryIntermediateClientCA.crt");

        SmimeResult result =
                verifier(Clock.fixed(DAY_AFTER_SIGNING, ZoneOffset.UTC)).verify(message());

        assertThat(result.status()).as(result.reasonsInEnglish().toString()).isEqualTo(SmimeStatus.VALID);
        assertThat(result.isTrustedSignatureOf("fejj@gnome.org")).isTrue();
        SmimeSigner signer = result.signer().orElseThrow();
        assertThat(signer.signingTime()).isEqualTo(Instant.parse("2013-11-02T20:28:04Z"));
        assertThat(signer.emails()).contains("fejj@gnome.org");
        assertThat(signer.issuer()).contains("StartCom Class 1 Primary Intermediate Client CA");
        assertThat(result.reasonsInEnglish()).anySatisfy(r -> assertThat(r).contains("revocation not checked"));
    }

    @Test
    void verifyShouldTrustItThroughTheRootAloneWhenTheSignatureCarriesTheIntermediate() throws IOException {
        copy("StartComCertificationAuthority.crt");

        SmimeResult result =
                verifier(Clock.fixed(DAY_AFTER_SIGNING, ZoneOffset.UTC)).verify(message());

        assertThat(result.status()).as(result.reasonsInEnglish().toString()).isEqualTo(SmimeStatus.VALID);
        assertThat(result.signer().orElseThrow().chain()).hasSize(3);
    }

    @Test
    void verifyShouldReportUntrustedWhenTheStartComCaIsNotAnchored() throws IOException {
        TestPki.writePem(anchors.resolve("other-root.pem"), otherRoot());

        SmimeResult result =
                verifier(Clock.fixed(DAY_AFTER_SIGNING, ZoneOffset.UTC)).verify(message());

        assertThat(result.status()).isEqualTo(SmimeStatus.UNTRUSTED);
        assertThat(result.isBrokenOrUntrusted()).isTrue();
    }

    @Test
    void verifyShouldReportExpiredTodayEvenWithTheCaAnchored() throws IOException {
        copy("StartComCertificationAuthority.crt");

        SmimeResult result = verifier(Clock.systemUTC()).verify(message());

        assertThat(result.status()).isEqualTo(SmimeStatus.EXPIRED);
    }

    private SmimeVerifier verifier(Clock clock) {
        SmimeSettings settings = SmimeSettings.of(anchors, null, List.of());
        return new SmimeVerifier(settings, SmimeTrustMaterial.load(settings), clock);
    }

    private static java.security.cert.X509Certificate otherRoot() {
        try {
            return TestPki.create("Other").root.certificate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void copy(String name) throws IOException {
        try (InputStream in = resource(name)) {
            Files.copy(in, anchors.resolve(name));
        }
    }

    static byte[] message() throws IOException {
        try (InputStream in = resource("thunderbird-signed.txt")) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SmimeThunderbirdTest.class.getResourceAsStream("/trust/smime/" + name);
        if (in == null) {
            throw new IllegalStateException("test resource trust/smime/" + name + " is missing");
        }
        return in;
    }
}
