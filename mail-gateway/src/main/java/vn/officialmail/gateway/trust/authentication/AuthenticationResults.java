package vn.officialmail.gateway.trust.authentication;

import java.util.List;
import java.util.Optional;
import vn.officialmail.gateway.trust.HeaderField;
import vn.officialmail.gateway.trust.Reason;
import vn.officialmail.gateway.trust.dkim.DkimOutcome;
import vn.officialmail.gateway.trust.dmarc.DmarcOutcome;
import vn.officialmail.gateway.trust.smime.SmimeResult;
import vn.officialmail.gateway.trust.smime.SmimeStatus;
import vn.officialmail.gateway.trust.spf.SpfOutcome;

/**
 * Everything the gateway found out about who sent a message.
 *
 * @param fromAddress the RFC 5322 From address, lower case; empty when there is none usable
 * @param fromDomain its domain
 * @param spf the SPF outcome (the relay's, for mail from a trusted relay)
 * @param dkim every DKIM signature's outcome (the gateway's own checks, then a trusted relay's)
 * @param dmarc the DMARC evaluation of the From domain
 * @param authenticatedIdentity the SMTP AUTH identity the sender logged in with, here or (as
 *     reported in its Authentication-Results) at a trusted relay
 * @param viaTrustedRelay the message came from one of the agency's own mail servers
 * @param fromAuthentication the summary for the channel verdict
 * @param reasons why, in order: SPF, DKIM, DMARC, login, summary
 * @param headersToRemove Authentication-Results fields to delete before the message goes on
 */
public record AuthenticationResults(
        String fromAddress,
        String fromDomain,
        SpfOutcome spf,
        List<DkimOutcome> dkim,
        DmarcOutcome dmarc,
        Optional<String> authenticatedIdentity,
        boolean viaTrustedRelay,
        FromAuthentication fromAuthentication,
        List<Reason> reasons,
        List<HeaderField> headersToRemove) {

    public AuthenticationResults {
        dkim = List.copyOf(dkim);
        reasons = List.copyOf(reasons);
        headersToRemove = List.copyOf(headersToRemove);
    }

    /** The reasons in Vietnamese, one sentence each. */
    public List<String> reasonsInVietnamese() {
        return reasons.stream().map(Reason::vietnamese).toList();
    }

    /** The reasons in English. */
    public List<String> reasonsInEnglish() {
        return reasons.stream().map(Reason::english).toList();
    }

    /**
     * An Authentication-Results field value (RFC 8601) recording these results, for the gateway
     * to add as {@code Authentication-Results: <value>} after removing {@link #headersToRemove}.
     */
    public String headerValue(String authservId) {
        StringBuilder value = new StringBuilder(authservId);
        value.append(";\r\n\tspf=").append(spf.result().keyword());
        if (!spf.identity().isEmpty()) {
            value.append(" smtp.mailfrom=").append(token(spf.identity()));
        }
        if (dkim.isEmpty()) {
            value.append(";\r\n\tdkim=none");
        }
        for (DkimOutcome outcome : dkim) {
            value.append(";\r\n\tdkim=").append(outcome.result().keyword());
            if (!outcome.domain().isEmpty()) {
                value.append(" header.d=").append(token(outcome.domain()));
            }
            if (!outcome.selector().isEmpty()) {
                value.append(" header.s=").append(token(outcome.selector()));
            }
        }
        value.append(";\r\n\tdmarc=").append(dmarc.result().keyword());
        dmarc.policy()
                .ifPresent(
                        policy -> value.append(" (p=").append(policy.keyword()).append(')'));
        if (!dmarc.fromDomain().isEmpty()) {
            value.append(" header.from=").append(token(dmarc.fromDomain()));
        }
        authenticatedIdentity.ifPresent(
                identity -> value.append(";\r\n\tauth=pass smtp.auth=").append(token(identity)));
        return value.toString();
    }

    /**
     * As {@link #headerValue(String)}, with the S/MIME result as RFC 7281 names it ({@code smime=pass
     * body.smime-identifier=…}, {@code badcert} for an untrusted, expired, revoked or misused
     * certificate, {@code nokey} for mail encrypted to no configured unit).
     */
    public String headerValue(String authservId, Optional<SmimeResult> smime) {
        String value = headerValue(authservId);
        if (smime.isEmpty()) {
            return value;
        }
        SmimeResult result = smime.get();
        StringBuilder clause = new StringBuilder(";\r\n\tsmime=").append(smimeKeyword(result.status()));
        result.signer()
                .flatMap(signer -> signer.emails().stream().findFirst())
                .ifPresent(identity -> clause.append(" body.smime-identifier=").append(token(identity)));
        return value + clause;
    }

    private static String smimeKeyword(SmimeStatus status) {
        return switch (status) {
            case NONE -> "none";
            case VALID -> "pass";
            case INVALID_SIGNATURE, FROM_MISMATCH -> "fail";
            case UNTRUSTED, EXPIRED, REVOKED, WRONG_KEY_USAGE -> "badcert";
            case ENCRYPTED_NO_KEY -> "nokey";
            case MALFORMED -> "permerror";
        };
    }

    // A token as RFC 2045 allows, else a quoted string.
    private static String token(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ".-_+@!#$%&'*^`{|}~".indexOf(c) >= 0;
            if (!plain) {
                return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            }
        }
        return text;
    }
}
