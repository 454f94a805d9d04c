package vn.officialmail.gateway.trust.smime;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.officialmail.gateway.trust.Reason;

/**
 * What the S/MIME check found in one message, with reasons in Vietnamese and English.
 *
 * <p>The channel judge asks {@link #isTrustedSignatureOf(String)} for an official signature and
 * {@link #isBrokenOrUntrusted()} for one that must never count as official (issue 4: "a broken or
 * untrusted signature is never official").
 *
 * @param status the outcome
 * @param signer the signer, when a signature could be read far enough to name one
 * @param encrypted the message was encrypted ({@code enveloped-data})
 * @param decryptedBy the unit whose key decrypted it; empty when not encrypted or no key fits
 * @param reasons why, outermost layer first
 */
public record SmimeResult(
        SmimeStatus status,
        Optional<SmimeSigner> signer,
        boolean encrypted,
        Optional<String> decryptedBy,
        List<Reason> reasons) {

    private static final Set<SmimeStatus> BROKEN = EnumSet.of(
            SmimeStatus.INVALID_SIGNATURE,
            SmimeStatus.UNTRUSTED,
            SmimeStatus.EXPIRED,
            SmimeStatus.REVOKED,
            SmimeStatus.WRONG_KEY_USAGE,
            SmimeStatus.FROM_MISMATCH,
            SmimeStatus.MALFORMED);

    public SmimeResult {
        reasons = List.copyOf(reasons);
    }

    /**
     * Whether the message carries a valid, trusted, unrevoked signature whose certificate belongs
     * to {@code fromAddress}. This is the only S/MIME outcome that may make a message official.
     */
    public boolean isTrustedSignatureOf(String fromAddress) {
        return status == SmimeStatus.VALID && signer.isPresent() && signer.get().hasEmail(fromAddress);
    }

    /**
     * Whether there was a signature (or S/MIME structure) and it failed: the message is then
     * never official, whatever SPF, DKIM or DMARC say.
     */
    public boolean isBrokenOrUntrusted() {
        return BROKEN.contains(status);
    }

    /** Whether a unit key decrypted the message. */
    public boolean decrypted() {
        return decryptedBy.isPresent();
    }

    /** The reasons in Vietnamese, one sentence each. */
    public List<String> reasonsInVietnamese() {
        return reasons.stream().map(Reason::vietnamese).toList();
    }

    /** The reasons in English. */
    public List<String> reasonsInEnglish() {
        return reasons.stream().map(Reason::english).toList();
    }

    static SmimeResult none() {
        return new SmimeResult(
                SmimeStatus.NONE, Optional.empty(), false, Optional.empty(), List.of(Reason.of("smime.none")));
    }

    static SmimeResult malformed(String detail) {
        return new SmimeResult(
                SmimeStatus.MALFORMED,
                Optional.empty(),
                false,
                Optional.empty(),
                List.of(Reason.of("smime.malformed", detail)));
    }

    /** This result, found inside a layer encrypted to {@code unit}. */
    SmimeResult decryptedWith(String unit) {
        List<Reason> all = new ArrayList<>();
        all.add(Reason.of("smime.decrypted", unit));
        all.addAll(reasons);
        return new SmimeResult(status, signer, true, Optional.of(unit), all);
    }
}
