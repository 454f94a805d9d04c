package vn.officialmail.gateway.trust.authentication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.officialmail.gateway.trust.Reason;
import vn.officialmail.gateway.trust.dkim.DkimOutcome;
import vn.officialmail.gateway.trust.dkim.DkimResult;
import vn.officialmail.gateway.trust.relay.AuthenticationResultsHeader;
import vn.officialmail.gateway.trust.relay.AuthenticationResultsHeader.MethodResult;
import vn.officialmail.gateway.trust.spf.SpfOutcome;
import vn.officialmail.gateway.trust.spf.SpfResult;

/**
 * A trusted relay's Authentication-Results read as the gateway's own outcomes: its SPF (it saw
 * the real client), its DKIM verdicts (it saw the message before any change of its own), and the
 * identity its SMTP AUTH user logged in as ({@code auth=pass smtp.auth=...}, RFC 8601 §2.7.4).
 */
record RelayResults(SpfOutcome spf, List<DkimOutcome> dkim, Optional<String> authIdentity) {

    static RelayResults of(AuthenticationResultsHeader header) {
        String relay = header.authservId();
        SpfOutcome spf = header.first("spf")
                .map(r -> spf(relay, r))
                .orElseGet(() -> new SpfOutcome(SpfResult.NONE, "", "", "", Reason.of("spf.relay-none", relay)));
        List<DkimOutcome> dkim = new ArrayList<>();
        for (MethodResult result : header.all("dkim")) {
            dkimResult(result.result()).ifPresent(r -> dkim.add(dkim(relay, result, r)));
        }
        Optional<String> identity = header.first("auth")
                .filter(r -> r.result().equals("pass"))
                .flatMap(r -> r.property("smtp.auth"))
                .filter(s -> !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT));
        return new RelayResults(spf, dkim, identity);
    }

    private static SpfOutcome spf(String relay, MethodResult result) {
        SpfResult spfResult;
        try {
            spfResult = SpfResult.fromKeyword(result.result());
        } catch (IllegalArgumentException e) {
            spfResult = SpfResult.NONE;
        }
        String identity = result.property("smtp.mailfrom")
                .or(() -> result.property("smtp.helo"))
                .orElse("");
        String domain = identity.substring(identity.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return new SpfOutcome(
                spfResult, identity, domain, "", Reason.of("spf.relay", relay, spfResult.keyword(), domain));
    }

    private static DkimOutcome dkim(String relay, MethodResult result, DkimResult dkimResult) {
        String identity = result.property("header.i").orElse("");
        String domain = result.property("header.d")
                .orElse(identity.substring(identity.lastIndexOf('@') + 1))
                .toLowerCase(Locale.ROOT);
        return new DkimOutcome(
                dkimResult,
                domain,
                result.property("header.s").orElse(""),
                result.property("header.a").orElse(""),
                identity,
                0,
                Reason.of("dkim.relay", relay, dkimResult.keyword(), domain));
    }

    private static Optional<DkimResult> dkimResult(String keyword) {
        return switch (keyword) {
            case "pass" -> Optional.of(DkimResult.PASS);
            case "fail" -> Optional.of(DkimResult.FAIL);
            case "policy" -> Optional.of(DkimResult.POLICY);
            case "neutral" -> Optional.of(DkimResult.NEUTRAL);
            case "temperror" -> Optional.of(DkimResult.TEMPERROR);
            case "permerror" -> Optional.of(DkimResult.PERMERROR);
            default -> Optional.empty();
        };
    }
}
