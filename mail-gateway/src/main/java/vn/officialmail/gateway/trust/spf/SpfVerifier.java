package vn.officialmail.gateway.trust.spf;

import com.google.common.net.InetAddresses;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.james.jspf.executor.SPFResult;
import org.apache.james.jspf.impl.SPF;
import vn.officialmail.gateway.trust.Reason;
import vn.officialmail.gateway.trust.dns.DnsLookup;

/**
 * Checks whether the connecting client may send for the MAIL FROM domain (RFC 7208), with Apache
 * jSPF on the gateway's {@link DnsLookup}. jSPF enforces the limit of 10 DNS-querying terms
 * (§4.6.4); this class adds the limit of 2 void lookups, which jSPF lacks.
 *
 * <p>Thread-safe. jSPF's macro expander keeps per-call state in a shared field, so each thread
 * gets a jSPF instance of its own (built once: its parser compiles its patterns then).
 */
public final class SpfVerifier {

    /** RFC 7208 §4.6.4: more than two void lookups is a permerror. */
    static final int MAX_VOID_LOOKUPS = 2;

    /** How long a result is reused for the same client, sender and HELO (DNS answers live longer). */
    static final long RESULT_TTL_NANOS = TimeUnit.SECONDS.toNanos(30);

    private static final int MAX_CACHED_RESULTS = 10_000;

    private final ThreadLocal<SPF> spf;
    // jSPF parses the record and walks its terms on every check; a burst from one server repeats
    // the same question many times a second.
    private final Map<String, CachedOutcome> recent = new ConcurrentHashMap<>();

    /**
     * @param dns where records come from
     * @param localHostName this gateway's name, for the {@code %{r}} macro
     */
    public SpfVerifier(DnsLookup dns, String localHostName) {
        JspfDnsService service = new JspfDnsService(dns, localHostName);
        this.spf = ThreadLocal.withInitial(() -> new SPF(service));
    }

    /**
     * Checks one SMTP transaction.
     *
     * @param clientIp the connecting client's IP address (textual); empty when unknown (an import)
     * @param mailFrom the MAIL FROM address without angle brackets; empty for the null reverse-path
     * @param helo the HELO/EHLO name; checked as {@code postmaster@<helo>} when MAIL FROM is empty
     */
    public SpfOutcome check(String clientIp, String mailFrom, String helo) {
        String key = clientIp + '\0' + mailFrom + '\0' + helo;
        long now = System.nanoTime();
        CachedOutcome cached = recent.get(key);
        if (cached != null && now - cached.at() < RESULT_TTL_NANOS) {
            return cached.outcome();
        }
        SpfOutcome outcome = evaluate(clientIp, mailFrom, helo);
        if (outcome.result() != SpfResult.TEMPERROR) {
            if (recent.size() >= MAX_CACHED_RESULTS) {
                recent.clear();
            }
            recent.put(key, new CachedOutcome(outcome, now));
        }
        return outcome;
    }

    private SpfOutcome evaluate(String clientIp, String mailFrom, String helo) {
        String from = mailFrom.trim();
        if (from.startsWith("<") && from.endsWith(">")) {
            from = from.substring(1, from.length() - 1);
        }
        String identity = from.isEmpty() ? (helo.isBlank() ? "" : "postmaster@" + helo.trim()) : from;
        String domain = identity.substring(identity.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (!InetAddresses.isInetAddress(clientIp.trim())) {
            return new SpfOutcome(SpfResult.NONE, identity, domain, clientIp, Reason.of("spf.no-client", domain));
        }
        if (domain.isEmpty()) {
            return new SpfOutcome(SpfResult.NONE, identity, domain, clientIp, Reason.of("spf.no-identity", clientIp));
        }
        JspfDnsService.resetVoidLookups();
        SPFResult checked = spf.get().checkSPF(clientIp.trim(), from, helo.trim());
        SpfResult result = SpfResult.fromKeyword(checked.getResult());
        int voidLookups = JspfDnsService.voidLookups();
        // The record's own lookup (absent: none) is not a term's; every other void answer is.
        if (result != SpfResult.NONE && result != SpfResult.TEMPERROR && voidLookups > MAX_VOID_LOOKUPS) {
            return new SpfOutcome(
                    SpfResult.PERMERROR,
                    identity,
                    domain,
                    clientIp,
                    Reason.of("spf.void-lookups", domain, voidLookups, MAX_VOID_LOOKUPS));
        }
        return new SpfOutcome(
                result, identity, domain, clientIp, Reason.of("spf." + result.keyword(), domain, clientIp));
    }

    private record CachedOutcome(SpfOutcome outcome, long at) {}
}
