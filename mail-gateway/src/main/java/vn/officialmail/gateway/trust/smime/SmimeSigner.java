package vn.officialmail.gateway.trust.smime;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Who signed, as the signer's certificate says, for the verdict and the audit log (issue 4:
 * "record signer subject, serial, issuer, signing time").
 *
 * @param subject the signer certificate's subject (RFC 2253)
 * @param issuer its issuer (RFC 2253)
 * @param serial its serial number, hexadecimal, upper case
 * @param emails its e-mail addresses (SAN rfc822Name, then the subject's emailAddress), lower case
 * @param signingTime the CMS signingTime attribute, or the time of verification when it is absent
 * @param signingTimeClaimed whether {@code signingTime} came from the signature (it is the
 *     signer's claim, not a timestamp)
 * @param chain the certificate path, signer first, trust anchor last (subjects); empty when no
 *     path to a trust anchor was found
 */
public record SmimeSigner(
        String subject,
        String issuer,
        String serial,
        List<String> emails,
        Instant signingTime,
        boolean signingTimeClaimed,
        List<String> chain) {

    public SmimeSigner {
        emails = List.copyOf(emails);
        chain = List.copyOf(chain);
    }

    /** Whether {@code address} is one of the certificate's addresses (case-insensitive). */
    public boolean hasEmail(String address) {
        return emails.contains(address.strip().toLowerCase(Locale.ROOT));
    }

    SmimeSigner withChain(List<String> path) {
        return new SmimeSigner(subject, issuer, serial, emails, signingTime, signingTimeClaimed, path);
    }
}
