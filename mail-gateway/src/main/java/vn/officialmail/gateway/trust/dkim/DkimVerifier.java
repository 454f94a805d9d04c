package vn.officialmail.gateway.trust.dkim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.xbill.DNS.Type;
import vn.officialmail.gateway.trust.HeaderField;
import vn.officialmail.gateway.trust.RawMessage;
import vn.officialmail.gateway.trust.Reason;
import vn.officialmail.gateway.trust.dns.DnsAnswer;
import vn.officialmail.gateway.trust.dns.DnsLookup;

/**
 * Verifies a message's DKIM signatures (RFC 6376 §6) with keys from the gateway's DNS: RSA-SHA256
 * and Ed25519-SHA256 (RFC 8463); RSA-SHA1 and RSA keys under 1024 bits are never valid (RFC 8301).
 * A signature whose {@code l=} leaves body content unsigned, or whose key is in testing mode,
 * verifies as {@link DkimResult#POLICY}, never as a pass: text appended after the signed length
 * would otherwise ride on the signer's name.
 *
 * <p>Apache jDKIM 0.5 was not used: it verifies RSA only (no RFC 8463) and does not report
 * unsigned content after {@code l=}. Thread-safe.
 */
public final class DkimVerifier {

    /** RFC 8301 §3.2: smaller RSA keys must not be considered valid. */
    static final int MIN_RSA_BITS = 1024;

    // The b= tag's value, not bh='s: after the start or a ';', optional whitespace, "b", "=".
    private static final Pattern SIGNATURE_VALUE = Pattern.compile("(^|;)([ \\t\\r\\n]*b[ \\t\\r\\n]*=)[^;]*");

    private final DnsLookup dns;
    private final Clock clock;
    private final int maxSignatures;

    /**
     * @param dns where keys come from
     * @param clock for {@code x=} expiry
     * @param maxSignatures signatures checked at most per message (each may cost a DNS lookup and
     *     an RSA operation); the rest are reported as not checked
     */
    public DkimVerifier(DnsLookup dns, Clock clock, int maxSignatures) {
        if (maxSignatures < 1) {
            throw new IllegalArgumentException("maxSignatures must be at least 1: " + maxSignatures);
        }
        this.dns = dns;
        this.clock = clock;
        this.maxSignatures = maxSignatures;
    }

    /** Every DKIM-Signature's outcome, top first; empty when the message is not signed. */
    public List<DkimOutcome> verify(RawMessage message) {
        List<HeaderField> signatures = message.fields("DKIM-Signature");
        List<DkimOutcome> outcomes = new ArrayList<>(signatures.size());
        Map<String, BodyHash> bodyHashes = new HashMap<>();
        for (int i = 0; i < signatures.size(); i++) {
            HeaderField field = signatures.get(i);
            if (i >= maxSignatures) {
                outcomes.add(new DkimOutcome(
                        DkimResult.NEUTRAL, "", "", "", "", 0, Reason.of("dkim.too-many-signatures", maxSignatures)));
                continue;
            }
            DkimSignature signature = null;
            try {
                signature = DkimSignature.parse(field);
                outcomes.add(verify(message, signature, bodyHashes));
            } catch (DkimCheckFailure failure) {
                outcomes.add(outcome(signature, failure.result(), 0, failure.reason()));
            }
        }
        return outcomes;
    }

    private DkimOutcome verify(RawMessage message, DkimSignature signature, Map<String, BodyHash> bodyHashes)
            throws DkimCheckFailure {
        checkSignatureRules(signature);
        DkimKey key = key(signature);

        String bodyKey = signature.bodyCanonicalization() + "/"
                + signature.algorithm().digest() + "/" + signature.bodyLength().orElse(-1);
        BodyHash body = bodyHashes.computeIfAbsent(bodyKey, k -> bodyHash(message.body(), signature));
        if (signature.bodyLength().isPresent() && signature.bodyLength().getAsLong() > body.length()) {
            throw DkimCheckFailure.permerror(
                    "dkim.length-beyond-body", signature.bodyLength().getAsLong(), body.length());
        }
        if (!MessageDigest.isEqual(body.hash(), signature.bodyHash())) {
            throw new DkimCheckFailure(DkimResult.FAIL, Reason.of("dkim.body-hash", signature.domain()));
        }
        if (!signatureVerifies(message, signature, key)) {
            throw new DkimCheckFailure(DkimResult.FAIL, Reason.of("dkim.signature-mismatch", signature.domain()));
        }
        long unsigned = signature.bodyLength().isPresent()
                ? body.length() - signature.bodyLength().getAsLong()
                : 0;
        if (unsigned > 0) {
            return outcome(
                    signature,
                    DkimResult.POLICY,
                    unsigned,
                    Reason.of("dkim.unsigned-content", signature.domain(), unsigned));
        }
        if (key.testing()) {
            return outcome(signature, DkimResult.POLICY, 0, Reason.of("dkim.testing-key", signature.domain()));
        }
        return outcome(signature, DkimResult.PASS, 0, Reason.of("dkim.pass", signature.domain(), signature.selector()));
    }

    private void checkSignatureRules(DkimSignature signature) throws DkimCheckFailure {
        if (signature.algorithm() == DkimAlgorithm.RSA_SHA1) {
            throw DkimCheckFailure.permerror(
                    "dkim.weak-algorithm", signature.algorithm().tag());
        }
        String identityDomain = signature.identityDomain();
        if (!identityDomain.equals(signature.domain()) && !identityDomain.endsWith("." + signature.domain())) {
            throw DkimCheckFailure.permerror("dkim.identity-outside-domain", signature.identity(), signature.domain());
        }
        if (!signature.signedHeaders().contains("from")) {
            throw DkimCheckFailure.permerror("dkim.from-not-signed", signature.domain());
        }
        if (signature.expiration().isPresent()) {
            long now = clock.instant().getEpochSecond();
            if (signature.expiration().getAsLong() < now) {
                throw DkimCheckFailure.permerror("dkim.expired", signature.domain());
            }
        }
    }

    private DkimKey key(DkimSignature signature) throws DkimCheckFailure {
        String name = signature.selector() + "._domainkey." + signature.domain();
        DnsAnswer answer = dns.lookup(name, Type.TXT);
        switch (answer.status()) {
            case TEMPORARY_FAILURE ->
                throw new DkimCheckFailure(
                        DkimResult.TEMPERROR, Reason.of("dkim.key-temperror", name, answer.problem()));
            case NO_DOMAIN, NO_RECORDS -> throw DkimCheckFailure.permerror("dkim.no-key", name);
            default -> {}
        }
        DkimCheckFailure firstProblem = null;
        for (String text : answer.texts()) {
            try {
                DkimKey key = DkimKey.parse(text);
                checkKeyFits(signature, key, name);
                return key;
            } catch (DkimCheckFailure problem) {
                firstProblem = firstProblem == null ? problem : firstProblem;
            }
        }
        throw firstProblem != null ? firstProblem : DkimCheckFailure.permerror("dkim.no-key", name);
    }

    private static void checkKeyFits(DkimSignature signature, DkimKey key, String name) throws DkimCheckFailure {
        if (!key.keyType().equals(signature.algorithm().keyType())) {
            throw DkimCheckFailure.permerror(
                    "dkim.key-type-mismatch",
                    name,
                    key.keyType(),
                    signature.algorithm().tag());
        }
        if (!key.hashAlgorithms().isEmpty()
                && !key.hashAlgorithms().contains(signature.algorithm().hashTag())) {
            throw DkimCheckFailure.permerror(
                    "dkim.key-type-mismatch",
                    name,
                    key.hashAlgorithms(),
                    signature.algorithm().tag());
        }
        if (key.keyType().equals("rsa") && key.bits() < MIN_RSA_BITS) {
            throw DkimCheckFailure.permerror("dkim.weak-key", name, key.bits(), MIN_RSA_BITS);
        }
        if (key.strictIdentity() && !signature.identityDomain().equals(signature.domain())) {
            throw DkimCheckFailure.permerror("dkim.identity-outside-domain", signature.identity(), signature.domain());
        }
    }

    private record BodyHash(byte[] hash, long length) {}

    private static BodyHash bodyHash(byte[] body, DkimSignature signature) {
        Canonicalization.BodySink sink = new Canonicalization.BodySink(
                digest(signature.algorithm().digest()), signature.bodyLength().orElse(Long.MAX_VALUE));
        Canonicalization.body(signature.bodyCanonicalization(), body, sink);
        return new BodyHash(sink.hash(), sink.length());
    }

    private static boolean signatureVerifies(RawMessage message, DkimSignature signature, DkimKey key)
            throws DkimCheckFailure {
        byte[] data = signedHeaderData(message, signature);
        try {
            Signature verifier = Signature.getInstance(signature.algorithm().jcaSignature());
            verifier.initVerify(key.publicKey());
            if (signature.algorithm() == DkimAlgorithm.ED25519_SHA256) {
                // RFC 8463 §3: Ed25519 signs the SHA-256 of the header data, not the data itself.
                verifier.update(digest("SHA-256").digest(data));
            } else {
                verifier.update(data);
            }
            return verifier.verify(signature.signature());
        } catch (GeneralSecurityException e) {
            throw DkimCheckFailure.permerror("dkim.key-syntax", e.getMessage());
        }
    }

    /** RFC 6376 §5.4.2: the signed fields bottom-up per name, then this signature with b= empty. */
    static byte[] signedHeaderData(RawMessage message, DkimSignature signature) {
        Map<String, Integer> used = new HashMap<>();
        List<HeaderField> fields = message.fields();
        StringBuilder data = new StringBuilder();
        for (String name : signature.signedHeaders()) {
            int skip = used.merge(name, 1, Integer::sum) - 1;
            for (int i = fields.size() - 1; i >= 0; i--) {
                if (fields.get(i).hasName(name) && skip-- == 0) {
                    data.append(Canonicalization.header(
                            signature.headerCanonicalization(), fields.get(i).raw()));
                    break;
                }
            }
        }
        String raw = signature.field().raw();
        int colon = raw.indexOf(':');
        String withoutSignature = raw.substring(0, colon + 1)
                + SIGNATURE_VALUE.matcher(raw.substring(colon + 1)).replaceFirst("$1$2");
        String canonical = Canonicalization.header(signature.headerCanonicalization(), withoutSignature);
        data.append(canonical, 0, canonical.length() - 2);
        return data.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java platform", e);
        }
    }

    private static DkimOutcome outcome(DkimSignature signature, DkimResult result, long unsigned, Reason reason) {
        if (signature == null) {
            return new DkimOutcome(result, "", "", "", "", unsigned, reason);
        }
        return new DkimOutcome(
                result,
                signature.domain(),
                signature.selector(),
                signature.algorithm().tag(),
                signature.identity(),
                unsigned,
                reason);
    }
}
