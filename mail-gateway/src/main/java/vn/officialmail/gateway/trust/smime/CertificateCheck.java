package vn.officialmail.gateway.trust.smime;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.officialmail.gateway.trust.Reason;

/**
 * Whether a signer's certificate may vouch for an e-mail: valid at the signing time and now, fit
 * for signing e-mail (RFC 8550 §4.4), on a PKIX path (RFC 5280 §6) to a trust anchor, not on its
 * issuer's CRL, and issued to the From address (RFC 8550 §3).
 */
final class CertificateCheck {

    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

    private final SmimeTrustMaterial material;
    private final boolean crlRequired;
    private final Clock clock;
    // Bounded by the configured CRLs times their issuers' keys.
    private final Map<List<Object>, Boolean> crlSignatures = new ConcurrentHashMap<>();

    private final Optional<OcspClient> ocsp;

    CertificateCheck(SmimeTrustMaterial material, boolean crlRequired, Optional<OcspClient> ocsp, Clock clock) {
        this.material = material;
        this.crlRequired = crlRequired;
        this.ocsp = ocsp;
        this.clock = clock;
    }

    /** The outcome of the checks, first failure wins; reasons include notes such as an unchecked CRL. */
    record Outcome(SmimeStatus status, List<String> chain, List<Reason> reasons) {}

    Outcome check(X509Certificate signer, Collection<X509Certificate> others, Instant signingTime, String from) {
        Optional<Outcome> unfit = unfit(signer, signingTime);
        if (unfit.isPresent()) {
            return unfit.get();
        }
        List<X509Certificate> path;
        try {
            path = buildPath(signer, others, signingTime);
        } catch (GeneralSecurityException e) {
            return failed(
                    SmimeStatus.UNTRUSTED, Reason.of("smime.untrusted", name(signer), String.valueOf(e.getMessage())));
        }
        return onPath(signer, path, signingTime, from);
    }

    // What the signer's certificate alone shows: validity, purpose; and whether anything is trusted at all.
    private Optional<Outcome> unfit(X509Certificate signer, Instant signingTime) {
        for (Instant when : List.of(signingTime, clock.instant())) {
            if (!validAt(signer, when)) {
                return Optional.of(failed(SmimeStatus.EXPIRED, expired(signer, when)));
            }
        }
        Optional<Reason> usage = wrongUsage(signer);
        if (usage.isPresent()) {
            return Optional.of(failed(SmimeStatus.WRONG_KEY_USAGE, usage.get()));
        }
        if (material.anchors().isEmpty()) {
            return Optional.of(failed(SmimeStatus.UNTRUSTED, Reason.of("smime.no-trust-anchors", name(signer))));
        }
        return Optional.empty();
    }

    // The path was valid at the signing time; it must still be valid now, unrevoked, and the signer's.
    private Outcome onPath(X509Certificate signer, List<X509Certificate> path, Instant signingTime, String from) {
        List<String> chain = path.stream().map(CertificateCheck::name).toList();
        Instant now = clock.instant();
        for (X509Certificate certificate : path) {
            if (!validAt(certificate, now)) {
                return new Outcome(SmimeStatus.EXPIRED, chain, List.of(expired(certificate, now)));
            }
        }
        List<Reason> notes = new ArrayList<>();
        for (int i = 0; i + 1 < path.size(); i++) {
            Optional<Outcome> revoked = revocation(path.get(i), path.get(i + 1), chain, notes);
            if (revoked.isPresent()) {
                return revoked.get();
            }
        }
        List<String> emails = SignerCertificates.emails(signer);
        if (from.isEmpty() || !emails.contains(from)) {
            notes.add(0, Reason.of("smime.from-mismatch", String.join(", ", emails), from.isEmpty() ? "-" : from));
            return new Outcome(SmimeStatus.FROM_MISMATCH, chain, notes);
        }
        notes.add(0, Reason.of("smime.valid", from, name(signer), chain.get(chain.size() - 1), signingTime));
        return new Outcome(SmimeStatus.VALID, chain, notes);
    }

    private List<X509Certificate> buildPath(
            X509Certificate signer, Collection<X509Certificate> others, Instant signingTime)
            throws GeneralSecurityException {
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(signer);
        PKIXBuilderParameters parameters = new PKIXBuilderParameters(material.anchors(), target);
        // Revocation is checked below against the configured CRL files only: the JDK's checker
        // would otherwise want OCSP or CRL distribution points, and nothing may leave the machine.
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(signingTime));
        List<X509Certificate> candidates = new ArrayList<>(others);
        candidates.add(signer);
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(candidates)));
        PKIXCertPathBuilderResult result =
                (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
        List<X509Certificate> path = new ArrayList<>();
        result.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
        X509Certificate anchor = result.getTrustAnchor().getTrustedCert();
        if (anchor != null) {
            path.add(anchor);
        }
        return path;
    }

    // The signing time is the signer's own claim, so a revocation counts whenever it happened; and
    // a revocation stays true after the CRL's next update, so an outdated CRL still revokes, but
    // only a current one shows that a certificate is not revoked.
    private Optional<Outcome> revocation(
            X509Certificate certificate, X509Certificate issuer, List<String> chain, List<Reason> notes) {
        boolean current = false;
        for (X509CRL crl : material.crls()) {
            if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal()) || !signedBy(crl, issuer)) {
                continue;
            }
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null) {
                return Optional.of(
                        new Outcome(SmimeStatus.REVOKED, chain, List.of(revoked(certificate, issuer, entry))));
            }
            current |= isCurrent(crl);
        }
        if (!current && ocsp.isPresent()) {
            OcspClient.Answer answer = ocsp.get().status(certificate, issuer);
            switch (answer.status()) {
                case REVOKED -> {
                    return Optional.of(new Outcome(
                            SmimeStatus.REVOKED,
                            chain,
                            List.of(Reason.of(
                                    "smime.ocsp-revoked",
                                    name(certificate),
                                    SignerCertificates.serial(certificate),
                                    answer.revokedAt().map(Instant::toString).orElse("-")))));
                }
                case GOOD -> current = true;
                case UNKNOWN, FAILED -> notes.add(Reason.of("smime.ocsp-failed", name(certificate), answer.detail()));
            }
        }
        if (!current && crlRequired) {
            return Optional.of(
                    new Outcome(SmimeStatus.UNTRUSTED, chain, List.of(Reason.of("smime.crl-required", name(issuer)))));
        }
        if (!current) {
            notes.add(Reason.of("smime.no-crl", name(issuer)));
        }
        return Optional.empty();
    }

    private boolean isCurrent(X509CRL crl) {
        Instant now = clock.instant();
        return !crl.getThisUpdate().toInstant().isAfter(now)
                && (crl.getNextUpdate() == null
                        || crl.getNextUpdate().toInstant().isAfter(now));
    }

    private static Reason revoked(X509Certificate certificate, X509Certificate issuer, X509CRLEntry entry) {
        return Reason.of(
                "smime.revoked",
                name(certificate),
                SignerCertificates.serial(certificate),
                name(issuer),
                entry.getRevocationDate().toInstant());
    }

    // A CRL's signature is checked once per issuer key: the same few CRLs serve every message.
    private boolean signedBy(X509CRL crl, X509Certificate issuer) {
        return crlSignatures.computeIfAbsent(List.of(crl, issuer.getPublicKey()), key -> {
            try {
                crl.verify(issuer.getPublicKey());
                return true;
            } catch (GeneralSecurityException e) {
                return false;
            }
        });
    }

    // RFC 8550 §4.4.2 and §4.4.4: digitalSignature or nonRepudiation; emailProtection or any.
    private static Optional<Reason> wrongUsage(X509Certificate signer) {
        boolean[] keyUsage = signer.getKeyUsage();
        if (keyUsage != null && !(keyUsage[0] || (keyUsage.length > 1 && keyUsage[1]))) {
            return Optional.of(Reason.of("smime.key-usage", name(signer)));
        }
        List<String> extended;
        try {
            extended = signer.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            return Optional.of(Reason.of("smime.extended-key-usage", name(signer), "?"));
        }
        if (extended != null && !extended.contains(EMAIL_PROTECTION) && !extended.contains(ANY_EXTENDED_KEY_USAGE)) {
            return Optional.of(Reason.of("smime.extended-key-usage", name(signer), String.join(", ", extended)));
        }
        return Optional.empty();
    }

    private static boolean validAt(X509Certificate certificate, Instant when) {
        try {
            certificate.checkValidity(Date.from(when));
            return true;
        } catch (CertificateException e) {
            return false;
        }
    }

    private static Reason expired(X509Certificate certificate, Instant when) {
        return Reason.of(
                "smime.expired",
                name(certificate),
                when,
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
    }

    private static Outcome failed(SmimeStatus status, Reason reason) {
        return new Outcome(status, List.of(), List.of(reason));
    }

    static String name(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }
}
