package vn.officialmail.gateway.trust.dkim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import vn.officialmail.gateway.trust.HeaderField;
import vn.officialmail.gateway.trust.RawMessage;

/**
 * Signs test messages (RSA-SHA256 or Ed25519-SHA256, optional {@code l=}) the way RFC 6376 §5
 * says, for the cases jDKIM's signer cannot make. Real signatures from Gmail, dkimpy and jDKIM
 * check the canonicalisation this shares with the verifier.
 */
public final class TestDkimSigner {

    private TestDkimSigner() {}

    /** The message with a DKIM-Signature field on top. */
    public static byte[] sign(
            byte[] message,
            String domain,
            String selector,
            PrivateKey key,
            String canonicalization,
            List<String> headers,
            OptionalLong bodyLength) {
        try {
            boolean ed25519 =
                    key.getAlgorithm().equals("Ed25519") || key.getAlgorithm().equals("EdDSA");
            RawMessage raw = RawMessage.parse(message);
            String bodyCanonicalization = canonicalization.substring(canonicalization.indexOf('/') + 1);
            Canonicalization.BodySink sink = new Canonicalization.BodySink(
                    MessageDigest.getInstance("SHA-256"), bodyLength.orElse(Long.MAX_VALUE));
            Canonicalization.body(bodyCanonicalization, raw.body(), sink);
            String template = "DKIM-Signature: v=1; a=" + (ed25519 ? "ed25519-sha256" : "rsa-sha256") + "; c="
                    + canonicalization + "; d=" + domain + "; s=" + selector + "; t=1700000000;\r\n\th="
                    + String.join(":", headers) + ";"
                    + (bodyLength.isPresent() ? " l=" + bodyLength.getAsLong() + ";" : "")
                    + "\r\n\tbh=" + Base64.getEncoder().encodeToString(sink.hash()) + ";\r\n\tb=";
            HeaderField field = new HeaderField("DKIM-Signature", template + "\r\n");
            DkimSignature parsed = DkimSignature.parse(new HeaderField(
                    "DKIM-Signature", template + Base64.getEncoder().encodeToString(new byte[1]) + "\r\n"));
            DkimSignature unsigned = new DkimSignature(
                    field,
                    parsed.algorithm(),
                    new byte[0],
                    parsed.bodyHash(),
                    parsed.headerCanonicalization(),
                    parsed.bodyCanonicalization(),
                    parsed.domain(),
                    parsed.signedHeaders(),
                    parsed.identity(),
                    parsed.bodyLength(),
                    parsed.selector(),
                    parsed.timestamp(),
                    parsed.expiration());
            byte[] data = DkimVerifier.signedHeaderData(raw, unsigned);
            Signature signer = Signature.getInstance(ed25519 ? "Ed25519" : "SHA256withRSA");
            signer.initSign(key);
            signer.update(ed25519 ? MessageDigest.getInstance("SHA-256").digest(data) : data);
            String signed = template + Base64.getEncoder().encodeToString(signer.sign()) + "\r\n";
            byte[] header = signed.getBytes(StandardCharsets.ISO_8859_1);
            byte[] out = new byte[header.length + message.length];
            System.arraycopy(header, 0, out, 0, header.length);
            System.arraycopy(message, 0, out, header.length, message.length);
            return out;
        } catch (GeneralSecurityException | DkimCheckFailure e) {
            throw new IllegalStateException(e);
        }
    }
}
