package vn.officialmail.gateway.trust.smime;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** What a signer's certificate says about its holder. */
final class SignerCertificates {

    // GeneralName rfc822Name (RFC 5280 §4.2.1.6).
    private static final int RFC822_NAME = 1;

    private SignerCertificates() {}

    /** The certificate's e-mail addresses, lower case: SAN rfc822Name first, then the subject's emailAddress. */
    static List<String> emails(X509Certificate certificate) {
        List<String> emails = new ArrayList<>();
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names != null) {
                for (List<?> name : names) {
                    if (name.size() >= 2 && Integer.valueOf(RFC822_NAME).equals(name.get(0))) {
                        add(emails, String.valueOf(name.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // An unreadable SAN names no one; the subject may still.
        }
        X500Name subject =
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (RDN rdn : subject.getRDNs(BCStyle.EmailAddress)) {
            if (rdn.getFirst() != null && rdn.getFirst().getValue() instanceof ASN1String value) {
                add(emails, value.getString());
            }
        }
        return List.copyOf(emails);
    }

    /** The serial number in upper-case hexadecimal. */
    static String serial(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
    }

    private static void add(List<String> emails, String address) {
        String normalised = address.strip().toLowerCase(Locale.ROOT);
        if (!normalised.isEmpty() && !emails.contains(normalised)) {
            emails.add(normalised);
        }
    }
}
