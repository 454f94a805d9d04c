package vn.officialmail.gateway.trust.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import org.apache.james.jdkim.DKIMSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.trust.LoopbackDnsServer;
import vn.officialmail.gateway.trust.RawMessage;
import vn.officialmail.gateway.trust.dns.ResolverDnsLookup;

/** DKIM verification (RFC 6376, RFC 8463) with keys served by a DNS server on loopback. */
class DkimVerifierIT {

    static final String MESSAGE = "From: =?UTF-8?Q?V=C4=83n_th=C6=B0?= <vanthu@moj.gov.vn>\r\n"
            + "To: phongtcbc@hanoi.gov.vn\r\n"
            + "Subject: =?UTF-8?Q?Gi=E1=BA=A5y_m=E1=BB=9Di_h=E1=BB=8Dp?=\r\n"
            + "Date: Mon, 3 Mar 2025 08:00:00 +0700\r\n"
            + "Message-ID: <gm-15@moj.gov.vn>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n"
            + "\r\n"
            + "Kính gửi:  Sở Tư pháp Hà Nội\r\n"
            + "\r\n"
            + "Bộ Tư pháp trân trọng kính mời đại diện lãnh đạo Sở dự họp.\r\n"
            + "\r\n\r\n";

    static final List<String> HEADERS = List.of("from", "to", "subject", "date", "message-id");

    private static LoopbackDnsServer server;
    private static DkimVerifier verifier;
    private static KeyPair rsa;
    private static KeyPair ed25519;

    @BeforeAll
    static void startServer() throws Exception {
        rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair(); // 2048 bits by default
        ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPairGenerator small = KeyPairGenerator.getInstance("RSA");
        small.initialize(512);
        KeyPair weak = small.generateKeyPair();
        server = LoopbackDnsServer.start()
                .txt("rsa._domainkey.moj.gov.vn", rsaRecord(rsa.getPublic()))
                .txt("ed._domainkey.moj.gov.vn", "v=DKIM1; k=ed25519; p=" + ed25519Key(ed25519.getPublic()))
                .txt("weak._domainkey.moj.gov.vn", rsaRecord(weak.getPublic()))
                .txt("testing._domainkey.moj.gov.vn", "v=DKIM1; t=y; k=rsa; p=" + spki(rsa.getPublic()))
                .txt("revoked._domainkey.moj.gov.vn", "v=DKIM1; k=rsa; p=")
                .txt("sha1only._domainkey.moj.gov.vn", "v=DKIM1; h=sha1; k=rsa; p=" + spki(rsa.getPublic()))
                .txt(
                        "test._domainkey.football.example.com",
                        resource("test.txt").strip())
                .txt(
                        "brisbane._domainkey.football.example.com",
                        "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")
                .txt("20120113._domainkey.gmail.com", "v=DKIM1; k=rsa; p=" + pem(resource("gmail.pub")))
                .servfail("broken._domainkey.moj.gov.vn");
        verifier = verifier(server);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void verifyShouldPassARelaxedRsaSignatureMadeByJdkim() throws Exception {
        byte[] signed = jdkimSign(MESSAGE, "relaxed/relaxed");

        List<DkimOutcome> outcomes = verifier.verify(RawMessage.parse(signed));

        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(DkimResult.PASS);
            assertThat(outcome.domain()).isEqualTo("moj.gov.vn");
            assertThat(outcome.reason().vietnamese())
                    .isEqualTo("DKIM đạt: chữ ký của moj.gov.vn (selector rsa) hợp lệ trên toàn bộ thư");
        });
    }

    @Test
    void verifyShouldPassASimpleRsaSignatureMadeByJdkim() throws Exception {
        byte[] signed = jdkimSign(MESSAGE, "simple/simple");

        assertThat(verifier.verify(RawMessage.parse(signed)))
                .extracting(DkimOutcome::result)
                .containsExactly(DkimResult.PASS);
    }

    @Test
    void verifyShouldPassAnEd25519Signature() {
        byte[] signed = sign(MESSAGE, "ed", ed25519, "relaxed/relaxed", OptionalLong.empty());

        assertThat(verifier.verify(RawMessage.parse(signed)))
                .extracting(DkimOutcome::result, DkimOutcome::algorithm)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DkimResult.PASS, "ed25519-sha256"));
    }

    @Test
    void verifyShouldPassWhenTheMessageComesWithBareLineFeeds() throws Exception {
        byte[] signed = jdkimSign(MESSAGE, "relaxed/simple");
        byte[] lf =
                new String(signed, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.verify(RawMessage.parse(lf)))
                .extracting(DkimOutcome::result)
                .containsExactly(DkimResult.PASS);
    }

    @Test
    void verifyShouldFailWhenTheBodyWasChanged() throws Exception {
        byte[] signed = jdkimSign(MESSAGE, "relaxed/relaxed");
        byte[] tampered = replace(signed, "dự họp", "dự tiệc");

        List<DkimOutcome> outcomes = verifier.verify(RawMessage.parse(tampered));

        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(DkimResult.FAIL);
            assertThat(outcome.reason().english())
                    .isEqualTo("DKIM fail: the body was changed after moj.gov.vn signed it");
            assertThat(outcome.reason().vietnamese())
                    .isEqualTo("DKIM không đạt: nội dung thư đã bị thay đổi sau khi moj.gov.vn ký");
        });
    }

    @Test
    void verifyShouldFailWhenASignedHeaderWasChanged() throws Exception {
        byte[] signed = jdkimSign(MESSAGE, "relaxed/relaxed");
        byte[] tampered = replace(signed, "phongtcbc@hanoi.gov.vn", "ketoan@hanoi.gov.vn");

        List<DkimOutcome> outcomes = verifier.verify(RawMessage.parse(tampered));

        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(DkimResult.FAIL);
            assertThat(outcome.reason().key()).isEqualTo("dkim.signature-mismatch");
        });
    }

    @Test
    void verifyShouldStillPassWhenAnUnsignedFromIsAddedAboveTheSignedOne() {
        // The signer listed "from" once: the bottom From is the signed one and the added top From is
        // not covered, so the signature still verifies. The defence is elsewhere: a message with
        // two From fields has no usable From for DMARC (SenderAuthenticatorIT).
        byte[] signed = sign(MESSAGE, "rsa", rsa, "relaxed/relaxed", OptionalLong.empty());
        byte[] added = concat("From: attacker@evil.example\r\n", signed);

        assertThat(RawMessage.parse(added).fields("From")).hasSize(2);
        assertThat(verifier.verify(RawMessage.parse(added)))
                .extracting(DkimOutcome::result)
                .containsExactly(DkimResult.PASS);
    }

    @Test
    void verifyShouldSurviveRefoldingUnderRelaxedButNotUnderSimple() {
        byte[] relaxed = sign(MESSAGE, "rsa", rsa, "relaxed/relaxed", OptionalLong.empty());
        byte[] simple = sign(MESSAGE, "rsa", rsa, "simple/simple", OptionalLong.empty());
        String refold = "To: phongtcbc@hanoi.gov.vn";
        String refolded = "To:\r\n    phongtcbc@hanoi.gov.vn   ";

        assertThat(verifier.verify(RawMessage.parse(replace(relaxed, refold, refolded))))
                .extracting(DkimOutcome::result)
                .containsExactly(DkimResult.PASS);
        assertThat(verifier.verify(RawMessage.parse(replace(simple, refold, refolded))))
                .extracting(DkimOutcome::result)
                .containsExactly(DkimResult.FAIL);
    }

    @Test
    void verifyShouldNotPassContentAppendedAfterTheSignedLength() {
        long signedLength = canonicalBodyLength(MESSAGE);
        byte[] signed = sign(MESSAGE, "rsa", rsa, "relaxed/relaxed", OptionalLong.of(signedLength));
        String appended = "Đề nghị chuyển kinh phí hội nghị vào tài khoản 0123456789 trước ngày 05/3.\r\n";
        byte[] abused = concat(new String(signed, StandardCharsets.UTF_8), appended.getBytes(StandardCharsets.UTF_8));

        List<DkimOutcome> untouched = verifier.verify(RawMessage.parse(signed));
        List<DkimOutcome> outcomes = verifier.verify(RawMessage.parse(abused));

        assertThat(untouched).extracting(DkimOutcome::result).containsExactly(DkimResult.PASS);
        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(DkimResult.POLICY);
            assertThat(outcome.passed()).isFalse();
            // The appended line, and the two empty lines it stopped being trailing (RFC 6376 §3.4.4).
            assertThat(outcome.unsignedBodyOctets()).isEqualTo(appended.getBytes(StandardCharsets.UTF_8).length + 4);
            assertThat(outcome.reason().vietnamese())
                    .startsWith("Chữ ký DKIM của moj.gov.vn hợp lệ, nhưng " + outcome.unsignedBodyOctets() + " byte");
        });
    }

    @Test
    void verifyShouldBeAPermanentErrorWhenTheSignedLengthExceedsTheBody() {
        byte[] signed = sign(MESSAGE, "rsa", rsa, "relaxed/relaxed", OptionalLong.of(10_000));

        assertThat(verifier.verify(RawMessage.parse(signed))).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(DkimResult.PERMERROR);
            assertThat(outcome.reason().key()).isEqualTo("dkim.length-beyond-body");
        });
    }

    @Test
    void verifyShouldPassBothSignaturesOfTheRfc8463Example() throws Exception {
        List<DkimOutcome> outcomes = verifier.verify(RawMessage.parse(resourceBytes("rfc8463-example.msg")));

        assertThat(outcomes)
                .extracting(DkimOutcome::algorithm, DkimOutcome::result)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ed25519-sha256", DkimResult.PASS),
                        org.assertj.core.groups.Tuple.tuple("rsa-sha256", DkimResult.PASS));
    }

    @Test
    void verifyShouldPassARealGmailSignature() throws Exception {
        List<DkimOutcome> outcomes = verifier.verify(RawMessage.parse(resourceBytes("gmail.msg")));

        assertThat(outcomes)
                .extracting(DkimOutcome::domain, DkimOutcome::result)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gmail.com", DkimResult.PASS));
    }

    @Test
    void verifyShouldPassDkimpysSimpleRsaSignature() throws Exception {
        // Its Ed25519 signature (first) verifies under neither published Ed25519 key; see SOURCES.md.
        List<DkimOutcome> outcomes = verifier.verify(RawMessage.parse(resourceBytes("rfc6376.signed.msg")));

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(1).algorithm()).isEqualTo("rsa-sha256");
        assertThat(outcomes.get(1).result()).isEqualTo(DkimResult.PASS);
    }

    @Test
    void verifyShouldFailTheRealSamplesWhenTheirBodyChanges() throws Exception {
        byte[] tampered = replace(resourceBytes("rfc8463-example.msg"), "Are you hungry yet?", "Are you angry yet?");

        assertThat(verifier.verify(RawMessage.parse(tampered)))
                .extracting(DkimOutcome::result)
                .containsExactly(DkimResult.FAIL, DkimResult.FAIL);
    }

    @Test
    void verifyShouldReturnNothingForAnUnsignedMessage() {
        assertThat(verifier.verify(RawMessage.parse(MESSAGE.getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void verifyShouldBeAPermanentErrorWhenNoKeyIsPublished() {
        byte[] signed = sign(MESSAGE, "missing", rsa, "relaxed/relaxed", OptionalLong.empty());

        assertThat(verifier.verify(RawMessage.parse(signed))).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(DkimResult.PERMERROR);
            assertThat(outcome.reason().english())
                    .isEqualTo("DKIM permerror: no key published at missing._domainkey.moj.gov.vn");
        });
    }

    @Test
    void verifyShouldBeATemporaryErrorWhenTheKeyLookupFails() {
        byte[] signed = sign(MESSAGE, "broken", rsa, "relaxed/relaxed", OptionalLong.empty());

        assertThat(verifier.verify(RawMessage.parse(signed)))
                .extracting(DkimOutcome::result)
                .containsExactly(DkimResult.TEMPERROR);
    }

    @Test
    void verifyShouldRefuseRevokedWeakSha1OnlyAndTestingKeys() {
        assertThat(resultWithSelector("revoked")).isEqualTo(DkimResult.PERMERROR);
        assertThat(resultWithSelector("weak")).isEqualTo(DkimResult.PERMERROR);
        assertThat(resultWithSelector("sha1only")).isEqualTo(DkimResult.PERMERROR);
        assertThat(resultWithSelector("testing")).isEqualTo(DkimResult.POLICY);
    }

    @Test
    void verifyShouldBeAPermanentErrorWhenFromIsNotSigned() {
        byte[] signed = TestDkimSigner.sign(
                MESSAGE.getBytes(StandardCharsets.UTF_8),
                "moj.gov.vn",
                "rsa",
                rsa.getPrivate(),
                "relaxed/relaxed",
                List.of("to", "subject"),
                OptionalLong.empty());

        assertThat(verifier.verify(RawMessage.parse(signed)))
                .singleElement()
                .satisfies(outcome -> assertThat(outcome.reason().key()).isEqualTo("dkim.from-not-signed"));
    }

    @Test
    void verifyShouldBeAPermanentErrorForRsaSha1Signatures() {
        byte[] signed = sign(MESSAGE, "rsa", rsa, "relaxed/relaxed", OptionalLong.empty());
        byte[] sha1 = replace(signed, "a=rsa-sha256", "a=rsa-sha1");

        assertThat(verifier.verify(RawMessage.parse(sha1))).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(DkimResult.PERMERROR);
            assertThat(outcome.reason().key()).isEqualTo("dkim.weak-algorithm");
        });
    }

    private static DkimResult resultWithSelector(String selector) {
        // Signed with the 2048-bit key: each record is refused before the signature is checked
        // (the 512-bit one for its size), except the testing one, which verifies.
        byte[] signed = sign(MESSAGE, selector, rsa, "relaxed/relaxed", OptionalLong.empty());
        return verifier.verify(RawMessage.parse(signed)).get(0).result();
    }

    static DkimVerifier verifier(LoopbackDnsServer dns) {
        return new DkimVerifier(
                new ResolverDnsLookup(List.of(dns.address()), Duration.ofMillis(500), 0, Duration.ofMinutes(5)),
                Clock.systemUTC(),
                5);
    }

    static byte[] sign(String message, String selector, KeyPair key, String canonicalization, OptionalLong length) {
        return TestDkimSigner.sign(
                message.getBytes(StandardCharsets.UTF_8),
                "moj.gov.vn",
                selector,
                key.getPrivate(),
                canonicalization,
                HEADERS,
                length);
    }

    private static byte[] jdkimSign(String message, String canonicalization) throws Exception {
        DKIMSigner signer = new DKIMSigner(
                "v=1; s=rsa; d=moj.gov.vn; h=from:to:subject:date:message-id; a=rsa-sha256; bh=; b=; c="
                        + canonicalization + ";",
                rsa.getPrivate());
        String field = signer.sign(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
        return concat(field + "\r\n", message.getBytes(StandardCharsets.UTF_8));
    }

    private static long canonicalBodyLength(String message) {
        RawMessage raw = RawMessage.parse(message.getBytes(StandardCharsets.UTF_8));
        Canonicalization.BodySink sink = new Canonicalization.BodySink(sha256(), Long.MAX_VALUE);
        Canonicalization.body("relaxed", raw.body(), sink);
        return sink.length();
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rsaRecord(PublicKey key) {
        return "v=DKIM1; k=rsa; p=" + spki(key);
    }

    static String spki(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    static String ed25519Key(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
    }

    private static String pem(String text) {
        return text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    static byte[] replace(byte[] message, String from, String to) {
        String text = new String(message, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(String head, byte[] rest) {
        byte[] first = head.getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, out, first.length, rest.length);
        return out;
    }

    static String resource(String name) throws IOException {
        return new String(resourceBytes(name), StandardCharsets.US_ASCII);
    }

    static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = DkimVerifierIT.class.getResourceAsStream("/trust/dkim/" + name)) {
            if (in == null) {
                throw new IOException("test resource /trust/dkim/" + name + " is missing");
            }
            return in.readAllBytes();
        }
    }
}
