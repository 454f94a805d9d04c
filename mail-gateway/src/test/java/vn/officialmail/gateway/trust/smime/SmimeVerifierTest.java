package vn.officialmail.gateway.trust.smime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S/MIME with a PKI made in the test (issue 4, "What must be shown"): root → intermediate →
 * signer, a CRL of the intermediate, and a unit's encryption key in a PKCS#12 file.
 */
class SmimeVerifierTest {

    private static final String SENDER = "nguyen.van.a@moj.gov.vn";
    private static final String PASSWORD = "unit-secret";

    @TempDir
    static Path directory;

    private static TestPki pki;
    private static TestPki.Issued signer;
    private static TestPki.Issued revoked;
    private static TestPki.Issued unit;
    private static SmimeSettings settings;
    private static SmimeVerifier verifier;

    @BeforeAll
    static void createPki() throws Exception {
        pki = TestPki.create("Bo Tu phap Test");
        signer = pki.signer(SENDER);
        revoked = pki.signer(SENDER);
        unit = pki.unit("vanphong@moj.gov.vn");
        Path anchors = Files.createDirectories(directory.resolve("anchors"));
        TestPki.writePem(anchors.resolve("root.pem"), pki.root.certificate());
        Path crls = Files.createDirectories(directory.resolve("crls"));
        TestPki.writePem(crls.resolve("issuing-ca.crl"), pki.crl(revoked.certificate()));
        Path pkcs12 = pki.writePkcs12(directory.resolve("vp.p12"), unit, PASSWORD);
        settings = SmimeSettings.of(anchors, crls, List.of(new SmimeSettings.UnitKey("VP", pkcs12, PASSWORD)));
        verifier = new SmimeVerifier(settings, SmimeTrustMaterial.load(settings), Clock.systemUTC());
    }

    @Test
    void verifyShouldFindAValidTrustedSignatureWhenMultipartSignedByTheFromAddress() throws Exception {
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);

        SmimeResult result = verifier.verify(message);

        assertThat(result.status()).as(result.reasonsInEnglish().toString()).isEqualTo(SmimeStatus.VALID);
        assertThat(result.isTrustedSignatureOf(SENDER)).isTrue();
        assertThat(result.isTrustedSignatureOf("other@moj.gov.vn")).isFalse();
        assertThat(result.isBrokenOrUntrusted()).isFalse();
        SmimeSigner who = result.signer().orElseThrow();
        assertThat(who.emails()).containsExactly(SENDER);
        assertThat(who.serial())
                .isEqualTo(signer.certificate().getSerialNumber().toString(16).toUpperCase());
        assertThat(who.issuer()).contains("Bo Tu phap Test Issuing CA");
        assertThat(who.signingTimeClaimed()).isTrue();
        assertThat(who.chain()).hasSize(3).last().asString().contains("Root CA");
        assertThat(result.reasonsInVietnamese().get(0)).startsWith("Chữ ký số S/MIME của " + SENDER + " hợp lệ");
        assertThat(result.decrypted()).isFalse();
    }

    @Test
    void verifyShouldFindAValidSignatureWhenOpaqueSigned() throws Exception {
        byte[] message = SmimeMessages.opaqueSigned(signer, pki.chainOf(signer), SENDER);

        SmimeResult result = verifier.verify(message);

        assertThat(new String(message, java.nio.charset.StandardCharsets.US_ASCII))
                .contains("smime-type=signed-data");
        assertThat(result.status()).as(result.reasonsInEnglish().toString()).isEqualTo(SmimeStatus.VALID);
        assertThat(result.isTrustedSignatureOf(SENDER)).isTrue();
    }

    @Test
    void verifyShouldReportInvalidSignatureWhenOneByteOfTheSignedBodyChanged() throws Exception {
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);
        byte[] tampered = SmimeMessages.replace(message, "Ref: 2026-0042", "Ref: 2026-0043");

        SmimeResult result = verifier.verify(tampered);

        assertThat(result.status()).isEqualTo(SmimeStatus.INVALID_SIGNATURE);
        assertThat(result.isBrokenOrUntrusted()).isTrue();
        assertThat(result.isTrustedSignatureOf(SENDER)).isFalse();
        assertThat(result.reasonsInEnglish().get(0)).contains("does not match the content");
    }

    @Test
    void verifyShouldReportExpiredWhenTheSignerCertificateHasExpired() throws Exception {
        Instant now = Instant.now();
        TestPki.Issued expired = pki.signer(
                SENDER,
                now.minus(TestPki.DAY.multipliedBy(60)),
                now.minus(TestPki.DAY),
                new KeyUsage(KeyUsage.digitalSignature),
                KeyPurposeId.id_kp_emailProtection);
        byte[] message = SmimeMessages.multipartSigned(expired, pki.chainOf(expired), SENDER);

        SmimeResult result = verifier.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.EXPIRED);
        assertThat(result.isBrokenOrUntrusted()).isTrue();
        assertThat(result.reasonsInVietnamese().get(0)).contains("không có hiệu lực");
    }

    @Test
    void verifyShouldReportExpiredWhenValidAtSigningTimeButNotNow() throws Exception {
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);
        Clock twoYearsLater = Clock.fixed(Instant.now().plus(TestPki.DAY.multipliedBy(730)), java.time.ZoneOffset.UTC);
        SmimeVerifier later = new SmimeVerifier(settings, SmimeTrustMaterial.load(settings), twoYearsLater);

        SmimeResult result = later.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.EXPIRED);
    }

    @Test
    void verifyShouldReportRevokedWhenTheIntermediatesCrlListsTheSigner() throws Exception {
        byte[] message = SmimeMessages.multipartSigned(revoked, pki.chainOf(revoked), SENDER);

        SmimeResult result = verifier.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.REVOKED);
        assertThat(result.isBrokenOrUntrusted()).isTrue();
        assertThat(result.reasonsInEnglish().get(0))
                .contains("serial "
                        + revoked.certificate().getSerialNumber().toString(16).toUpperCase())
                .contains("was revoked by");
    }

    @Test
    void verifyShouldReportWrongKeyUsageWhenTheKeyIsForEnciphermentOnly() throws Exception {
        Instant now = Instant.now();
        TestPki.Issued encipherOnly = pki.signer(
                SENDER,
                now.minus(TestPki.DAY),
                now.plus(TestPki.DAY),
                new KeyUsage(KeyUsage.keyEncipherment),
                KeyPurposeId.id_kp_emailProtection);
        byte[] message = SmimeMessages.multipartSigned(encipherOnly, pki.chainOf(encipherOnly), SENDER);

        SmimeResult result = verifier.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.WRONG_KEY_USAGE);
        assertThat(result.reasonsInEnglish().get(0)).contains("is not for signatures");
    }

    @Test
    void verifyShouldReportWrongKeyUsageWhenTheExtendedKeyUsageIsServerAuthOnly() throws Exception {
        Instant now = Instant.now();
        TestPki.Issued server = pki.signer(
                SENDER,
                now.minus(TestPki.DAY),
                now.plus(TestPki.DAY),
                new KeyUsage(KeyUsage.digitalSignature),
                KeyPurposeId.id_kp_serverAuth);
        byte[] message = SmimeMessages.multipartSigned(server, pki.chainOf(server), SENDER);

        SmimeResult result = verifier.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.WRONG_KEY_USAGE);
        assertThat(result.reasonsInEnglish().get(0))
                .contains("is not for e-mail")
                .contains("1.3.6.1.5.5.7.3.1");
    }

    @Test
    void verifyShouldReportUntrustedWhenTheRootIsUnknown() throws Exception {
        TestPki stranger = TestPki.create("Stranger");
        TestPki.Issued foreign = stranger.signer(SENDER);
        byte[] message = SmimeMessages.multipartSigned(foreign, stranger.chainOf(foreign), SENDER);

        SmimeResult result = verifier.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.UNTRUSTED);
        assertThat(result.isBrokenOrUntrusted()).isTrue();
        assertThat(result.reasonsInEnglish().get(0)).contains("does not lead to a trusted root");
    }

    @Test
    void verifyShouldReportUntrustedWhenNoTrustAnchorsAreConfigured() throws Exception {
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);
        SmimeVerifier unconfigured =
                new SmimeVerifier(SmimeSettings.defaults(), SmimeTrustMaterial.empty(), Clock.systemUTC());

        SmimeResult result = unconfigured.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.UNTRUSTED);
        assertThat(result.reasonsInEnglish().get(0)).contains("no trust anchors are configured");
    }

    @Test
    void verifyShouldReportUntrustedWhenTheIntermediateIsNotSentAndNotKnown() throws Exception {
        byte[] message = SmimeMessages.multipartSigned(signer, List.of(signer.certificate()), SENDER);

        SmimeResult result = verifier.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.UNTRUSTED);
    }

    @Test
    void verifyShouldReportFromMismatchWhenTheCertificateBelongsToSomeoneElse() throws Exception {
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), "giam.doc@moj.gov.vn");

        SmimeResult result = verifier.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.FROM_MISMATCH);
        assertThat(result.isTrustedSignatureOf("giam.doc@moj.gov.vn")).isFalse();
        assertThat(result.isBrokenOrUntrusted()).isTrue();
        assertThat(result.reasonsInEnglish()).anySatisfy(reason -> assertThat(reason)
                .isEqualTo(
                        "S/MIME certificate belongs to " + SENDER + ", not to the From address giam.doc@moj.gov.vn"));
    }

    @Test
    void verifyShouldRequireACrlWhenConfiguredAndNoneIsThere() throws Exception {
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);
        SmimeSettings strict = new SmimeSettings(
                settings.trustAnchors(), settings.trustAnchors(), true, List.of(), null, null, null, null, null);
        SmimeVerifier verifierWithoutCrls =
                new SmimeVerifier(strict, SmimeTrustMaterial.load(strict), Clock.systemUTC());

        SmimeResult result = verifierWithoutCrls.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.UNTRUSTED);
        assertThat(result.reasonsInEnglish().get(0)).contains("a CRL is required");
    }

    @Test
    void verifyShouldNoteAnUncheckedRevocationWhenNoCrlIsThere() throws Exception {
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);
        SmimeSettings lenient = SmimeSettings.of(settings.trustAnchors(), null, List.of());
        SmimeVerifier verifierWithoutCrls =
                new SmimeVerifier(lenient, SmimeTrustMaterial.load(lenient), Clock.systemUTC());

        SmimeResult result = verifierWithoutCrls.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.VALID);
        assertThat(result.reasonsInEnglish()).anySatisfy(r -> assertThat(r).contains("revocation not checked"));
    }

    @Test
    void verifyShouldIgnoreACrlNotSignedByTheIssuer() throws Exception {
        Instant now = Instant.now();
        Path crls = Files.createDirectories(directory.resolve("forged-crls"));
        TestPki.writePem(
                crls.resolve("forged.crl"),
                pki.crl(now.minus(TestPki.DAY), now.plus(TestPki.DAY), TestPki.strangerKey(), signer.certificate()));
        SmimeSettings forged =
                new SmimeSettings(settings.trustAnchors(), crls, true, List.of(), null, null, null, null, null);
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);

        SmimeResult result =
                new SmimeVerifier(forged, SmimeTrustMaterial.load(forged), Clock.systemUTC()).verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.UNTRUSTED);
        assertThat(result.reasonsInEnglish().get(0))
                .contains("no current CRL from")
                .contains("Issuing CA");
    }

    @Test
    void verifyShouldStillRevokeWithAnOutdatedCrlButNotCountItAsCurrent() throws Exception {
        Instant now = Instant.now();
        Path crls = Files.createDirectories(directory.resolve("old-crls"));
        TestPki.writePem(
                crls.resolve("old.crl"),
                pki.crl(
                        now.minus(TestPki.DAY.multipliedBy(10)),
                        now.minus(TestPki.DAY.multipliedBy(3)),
                        pki.intermediate.key(),
                        revoked.certificate()));
        SmimeSettings outdated =
                new SmimeSettings(settings.trustAnchors(), crls, true, List.of(), null, null, null, null, null);
        SmimeVerifier withOutdatedCrl =
                new SmimeVerifier(outdated, SmimeTrustMaterial.load(outdated), Clock.systemUTC());

        SmimeResult revokedResult =
                withOutdatedCrl.verify(SmimeMessages.multipartSigned(revoked, pki.chainOf(revoked), SENDER));
        SmimeResult goodResult =
                withOutdatedCrl.verify(SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER));

        assertThat(revokedResult.status()).isEqualTo(SmimeStatus.REVOKED);
        assertThat(goodResult.status()).isEqualTo(SmimeStatus.UNTRUSTED);
    }

    @Test
    void verifyShouldAcceptTheOlderXPkcs7SignatureType() throws Exception {
        String signed = new String(
                SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        // Outside the signed part (top header and signature part header), so the signature still holds.
        byte[] older = signed.replace("application/pkcs7-signature", "application/x-pkcs7-signature")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        SmimeResult result = verifier.verify(older);

        assertThat(signed).contains("application/pkcs7-signature");
        assertThat(result.status()).isEqualTo(SmimeStatus.VALID);
    }

    @Test
    void verifyShouldDecryptWithTheUnitKeyAndVerifyTheSignatureInside() throws Exception {
        byte[] message =
                SmimeMessages.encrypted(unit.certificate(), SmimeMessages.asPart(signer, pki.chainOf(signer)), SENDER);

        SmimeResult result = verifier.verify(message);

        assertThat(new String(message, java.nio.charset.StandardCharsets.US_ASCII))
                .contains("enveloped-data");
        assertThat(result.status()).as(result.reasonsInEnglish().toString()).isEqualTo(SmimeStatus.VALID);
        assertThat(result.encrypted()).isTrue();
        assertThat(result.decryptedBy()).contains("VP");
        assertThat(result.isTrustedSignatureOf(SENDER)).isTrue();
        assertThat(result.reasonsInEnglish().get(0)).isEqualTo("S/MIME: encrypted to unit VP, decrypted with its key");
        assertThat(result.reasonsInVietnamese().get(0)).contains("đã giải mã");
    }

    @Test
    void verifyShouldReportNoSignatureButDecryptedWhenEncryptedOnly() throws Exception {
        byte[] message = SmimeMessages.encrypted(unit.certificate(), SmimeMessages.content(), SENDER);

        SmimeResult result = verifier.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.NONE);
        assertThat(result.decrypted()).isTrue();
        assertThat(result.isBrokenOrUntrusted()).isFalse();
        assertThat(result.isTrustedSignatureOf(SENDER)).isFalse();
    }

    @Test
    void verifyShouldReportEncryptedNoKeyWhenEncryptedToAnotherRecipient() throws Exception {
        TestPki.Issued otherUnit = pki.unit("other@moj.gov.vn");
        byte[] message = SmimeMessages.encrypted(
                otherUnit.certificate(), SmimeMessages.asPart(signer, pki.chainOf(signer)), SENDER);

        SmimeResult result = verifier.verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.ENCRYPTED_NO_KEY);
        assertThat(result.encrypted()).isTrue();
        assertThat(result.decrypted()).isFalse();
        assertThat(result.isBrokenOrUntrusted()).isFalse();
        assertThat(result.isTrustedSignatureOf(SENDER)).isFalse();
        assertThat(result.reasonsInEnglish().get(0)).contains("none of its 1 recipients");
    }

    @Test
    void verifyShouldReportNoneWhenTheMessageIsNotSigned() throws Exception {
        SmimeResult result = verifier.verify(SmimeMessages.plain(SENDER));

        assertThat(result.status()).isEqualTo(SmimeStatus.NONE);
        assertThat(result.signer()).isEmpty();
        assertThat(result.isBrokenOrUntrusted()).isFalse();
        assertThat(result.reasonsInVietnamese()).containsExactly("S/MIME: thư không được ký số");
    }

    @Test
    void verifyShouldVerifyTheSameBytesWithBareLineFeeds() throws Exception {
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);
        byte[] unix = new String(message, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\r\n", "\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        SmimeResult result = verifier.verify(unix);

        assertThat(result.status()).isEqualTo(SmimeStatus.VALID);
    }
}
