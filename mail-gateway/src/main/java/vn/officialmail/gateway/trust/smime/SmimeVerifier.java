package vn.officialmail.gateway.trust.smime;

import jakarta.mail.Address;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import java.security.Provider;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import vn.officialmail.gateway.trust.HeaderField;
import vn.officialmail.gateway.trust.Reason;

/**
 * Finds and checks the S/MIME layer of a message (RFC 8551): {@code multipart/signed} (§3.5.3),
 * opaque {@code application/pkcs7-mime; smime-type=signed-data} (§3.5.2) and
 * {@code enveloped-data} encrypted to a unit (§3.3), nested up to {@code max-depth} layers. Works
 * on the octets as received; never throws on bad input (it becomes {@link SmimeStatus#MALFORMED})
 * and never touches the network. Thread-safe.
 *
 * <pre>{@code
 * SmimeVerifier verifier = new SmimeVerifier(settings, SmimeTrustMaterial.load(settings), Clock.systemUTC());
 * SmimeResult result = verifier.verify(rawBytes);
 * if (result.isTrustedSignatureOf(fromAddress)) { ... official ... }
 * if (result.isBrokenOrUntrusted()) { ... never official ... }
 * }</pre>
 */
public final class SmimeVerifier {

    // Not registered globally: the JDK's providers stay the defaults for the rest of the gateway.
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final SmimeSettings settings;
    private final SignatureCheck signatures;
    private final UnitDecryption decryption;

    public SmimeVerifier(SmimeSettings settings, SmimeTrustMaterial material, Clock clock) {
        this.settings = settings;
        Optional<OcspClient> ocsp = Optional.ofNullable(settings.ocspResponder())
                .map(responder -> new OcspClient(responder, settings.ocspTimeout(), BOUNCY_CASTLE, clock));
        CertificateCheck certificates = new CertificateCheck(material, settings.crlRequired(), ocsp, clock);
        this.signatures = new SignatureCheck(certificates, BOUNCY_CASTLE, settings.maxCertificates(), clock);
        this.decryption = new UnitDecryption(material.unitKeys(), BOUNCY_CASTLE);
    }

    /** Checks {@code message}, the whole message as received, against its own From address. */
    public SmimeResult verify(byte[] message) {
        try {
            MimeEntity top = MimeEntity.parse(message);
            if (!top.hasReadableContentType()) {
                // Not S/MIME as far as anyone can tell: no signature, rather than a broken one.
                return SmimeResult.none();
            }
            return examine(top, fromAddress(top), 1);
        } catch (SmimeFormatException e) {
            return SmimeResult.malformed(e.getMessage());
        } catch (RuntimeException e) {
            // BouncyCastle's ASN.1 parsers throw unchecked exceptions on hostile input.
            return SmimeResult.malformed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private SmimeResult examine(MimeEntity entity, String from, int depth) throws SmimeFormatException {
        if (depth > settings.maxDepth()) {
            throw new SmimeFormatException("more than " + settings.maxDepth() + " nested S/MIME layers");
        }
        ContentType type = entity.contentType();
        if (type.match("multipart/signed")) {
            return multipartSigned(entity, from);
        }
        if (type.match("application/pkcs7-mime") || type.match("application/x-pkcs7-mime")) {
            return pkcs7Mime(entity, from, depth);
        }
        return SmimeResult.none();
    }

    private SmimeResult multipartSigned(MimeEntity entity, String from) throws SmimeFormatException {
        String protocol = entity.parameter("protocol");
        if (!protocol.equals("application/pkcs7-signature") && !protocol.equals("application/x-pkcs7-signature")) {
            // OpenPGP (RFC 3156) or another protocol: not an S/MIME signature.
            return SmimeResult.none();
        }
        requireSize(entity.message().body().length);
        String boundary = entity.contentType().getParameter("boundary");
        MultipartSigned parts = MultipartSigned.split(entity.message().body(), boundary == null ? "" : boundary);
        ContentType signatureType = parts.signature().contentType();
        if (!signatureType.match("application/pkcs7-signature")
                && !signatureType.match("application/x-pkcs7-signature")) {
            throw new SmimeFormatException("the second part of multipart/signed is " + signatureType.getBaseType());
        }
        try {
            CMSSignedData signed = new CMSSignedData(
                    new CMSProcessableByteArray(parts.signedContent()),
                    parts.signature().decodedBody());
            return signatures.check(signed, from);
        } catch (CMSException e) {
            throw new SmimeFormatException("unreadable signature: " + e.getMessage());
        }
    }

    private SmimeResult pkcs7Mime(MimeEntity entity, String from, int depth) throws SmimeFormatException {
        requireSize(entity.message().body().length);
        byte[] der = entity.decodedBody();
        ContentInfo info;
        try {
            info = ContentInfo.getInstance(der);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new SmimeFormatException("application/pkcs7-mime does not hold CMS: " + e.getMessage());
        }
        // The CMS content type decides, not the smime-type parameter, which senders get wrong.
        try {
            if (CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
                CMSSignedData signed = new CMSSignedData(info);
                if (signed.getSignedContent() == null) {
                    throw new SmimeFormatException("opaque signed-data without content");
                }
                return signatures.check(signed, from);
            }
            if (CMSObjectIdentifiers.envelopedData.equals(info.getContentType())) {
                return enveloped(new CMSEnvelopedData(info), from, depth);
            }
        } catch (CMSException e) {
            throw new SmimeFormatException("unreadable CMS structure: " + e.getMessage());
        }
        throw new SmimeFormatException("unsupported CMS content " + info.getContentType());
    }

    private SmimeResult enveloped(CMSEnvelopedData enveloped, String from, int depth) throws SmimeFormatException {
        Optional<UnitDecryption.Decrypted> decrypted = decryption.decrypt(enveloped);
        if (decrypted.isEmpty()) {
            return new SmimeResult(
                    SmimeStatus.ENCRYPTED_NO_KEY,
                    Optional.empty(),
                    true,
                    Optional.empty(),
                    List.of(Reason.of("smime.encrypted-no-key", UnitDecryption.recipients(enveloped))));
        }
        MimeEntity inner = MimeEntity.parse(decrypted.get().content());
        return examine(inner, from, depth + 1).decryptedWith(decrypted.get().unit());
    }

    private void requireSize(int size) throws SmimeFormatException {
        if (size > settings.maxPartBytes()) {
            throw new SmimeFormatException(
                    "S/MIME part of " + size + " octets, at most " + settings.maxPartBytes() + " accepted");
        }
    }

    // The first From address, lower case; empty when there is none (the signer then matches nothing).
    private static String fromAddress(MimeEntity top) {
        List<HeaderField> fields = top.message().fields("From");
        if (fields.size() != 1) {
            return "";
        }
        try {
            for (Address address : InternetAddress.parseHeader(fields.get(0).value(), false)) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                    return internet.getAddress().toLowerCase(Locale.ROOT);
                }
            }
        } catch (AddressException e) {
            return "";
        }
        return "";
    }
}
