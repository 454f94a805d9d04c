package vn.officialmail.gateway.trust.dkim;

import vn.officialmail.gateway.trust.Reason;

/**
 * One DKIM signature's verification.
 *
 * @param result the result
 * @param domain the signing domain ({@code d=}), lower case; empty if the field was unreadable
 * @param selector {@code s=}
 * @param algorithm {@code a=} as written
 * @param identity {@code i=}
 * @param unsignedBodyOctets body octets after the {@code l=} length, which anyone may have added;
 *     0 when the whole body is signed
 * @param reason why, for users and auditors
 */
public record DkimOutcome(
        DkimResult result,
        String domain,
        String selector,
        String algorithm,
        String identity,
        long unsignedBodyOctets,
        Reason reason) {

    public boolean passed() {
        return result == DkimResult.PASS;
    }
}
