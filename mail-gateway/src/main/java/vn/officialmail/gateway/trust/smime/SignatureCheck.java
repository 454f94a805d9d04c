package vn.officialmail.gateway.trust.smime;

import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;
import vn.officialmail.gateway.trust.Reason;

/**
 * Verifies a CMS SignedData (RFC 5652 §5.6) over its content, then hands the signer's
 * certificate to {@link CertificateCheck}. The signature is checked with the certificate's public
 * key alone, so that an expired certificate is reported as {@code EXPIRED}, not as a bad signature.
 */
final class SignatureCheck {

    private final CertificateCheck certificates;
    private final Provider provider;
    private final int maxCertificates;
    private final Clock clock;

    SignatureCheck(CertificateCheck certificates, Provider provider, int maxCertificates, Clock clock) {
        this.certificates = certificates;
        this.provider = provider;
        this.maxCertificates = maxCertificates;
        this.clock = clock;
    }

    SmimeResult check(CMSSignedData signed, String from) throws SmimeFormatException {
        Store<X509CertificateHolder> store = signed.getCertificates();
        Collection<X509CertificateHolder> holders = store.getMatches(null);
        if (holders.size() > maxCertificates) {
            throw new SmimeFormatException(
                    holders.size() + " certificates in the signature, at most " + maxCertificates + " accepted");
        }
        List<SignerInformation> signers = List.copyOf(signed.getSignerInfos().getSigners());
        if (signers.isEmpty()) {
            throw new SmimeFormatException("the signature has no signer");
        }
        // One signer is what mail clients write; the first one found is the one judged.
        SignerInformation signer = signers.get(0);
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matching = store.getMatches(signer.getSID());
        if (matching.isEmpty()) {
            return result(SmimeStatus.UNTRUSTED, Optional.empty(), List.of(Reason.of("smime.signer-missing")));
        }
        X509Certificate certificate = convert(matching.iterator().next());
        Optional<Instant> claimed = signingTime(signer);
        Instant signingTime = claimed.orElse(clock.instant());
        SmimeSigner who = new SmimeSigner(
                CertificateCheck.name(certificate),
                certificate.getIssuerX500Principal().getName(),
                SignerCertificates.serial(certificate),
                SignerCertificates.emails(certificate),
                signingTime,
                claimed.isPresent(),
                List.of());
        Optional<Reason> broken = brokenSignature(signer, certificate);
        if (broken.isPresent()) {
            return result(SmimeStatus.INVALID_SIGNATURE, Optional.of(who), List.of(broken.get()));
        }
        List<X509Certificate> others = new ArrayList<>();
        for (X509CertificateHolder holder : holders) {
            others.add(convert(holder));
        }
        CertificateCheck.Outcome outcome = certificates.check(certificate, others, signingTime, from);
        return result(outcome.status(), Optional.of(who.withChain(outcome.chain())), outcome.reasons());
    }

    private Optional<Reason> brokenSignature(SignerInformation signer, X509Certificate certificate) {
        try {
            boolean valid = signer.verify(new JcaSignerInfoVerifierBuilder(digests())
                    .setProvider(provider)
                    .build(certificate.getPublicKey()));
            return valid
                    ? Optional.empty()
                    : Optional.of(Reason.of("smime.invalid-signature", CertificateCheck.name(certificate), "-"));
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return Optional.of(Reason.of(
                    "smime.invalid-signature", CertificateCheck.name(certificate), String.valueOf(e.getMessage())));
        }
    }

    // The content digest comes from the JDK's own provider: its SHA-1/SHA-2 use the CPU's instructions
    // and are several times faster than BouncyCastle's pure-Java digests on a large signed attachment.
    // The signature itself is still verified with the configured provider.
    private static DigestCalculatorProvider digests() throws OperatorCreationException {
        return new JcaDigestCalculatorProviderBuilder().build();
    }

    private static Optional<Instant> signingTime(SignerInformation signer) throws SmimeFormatException {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0))
                    .getDate()
                    .toInstant());
        } catch (IllegalArgumentException e) {
            throw new SmimeFormatException("unreadable signingTime attribute");
        }
    }

    private static X509Certificate convert(X509CertificateHolder holder) throws SmimeFormatException {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new SmimeFormatException("unreadable certificate in the signature: " + e.getMessage());
        }
    }

    private static SmimeResult result(SmimeStatus status, Optional<SmimeSigner> signer, List<Reason> reasons) {
        return new SmimeResult(status, signer, false, Optional.empty(), reasons);
    }
}
