package vn.officialmail.gateway.trust.spf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.james.jspf.core.DNSRequest;
import org.apache.james.jspf.core.DNSService;
import org.apache.james.jspf.core.IPAddr;
import org.apache.james.jspf.core.exceptions.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;
import vn.officialmail.gateway.trust.dns.DnsAnswer;
import vn.officialmail.gateway.trust.dns.DnsLookup;

/**
 * jSPF's view of the gateway's {@link DnsLookup}: answers in jSPF's string form (as its own
 * dnsjava adapter gives them), {@code null} for "no records", and a {@link TimeoutException} for
 * a temporary failure, which jSPF turns into temperror. It also counts void lookups (RFC 7208
 * §4.6.4), which jSPF does not, for the check running on the current thread.
 */
final class JspfDnsService implements DNSService {

    // jSPF's synchronous executor runs a whole check on the caller's thread.
    private static final ThreadLocal<int[]> VOID_LOOKUPS = ThreadLocal.withInitial(() -> new int[1]);

    private final DnsLookup dns;
    private final String localHostName;
    private volatile int recordLimit = 10;

    JspfDnsService(DnsLookup dns, String localHostName) {
        this.dns = dns;
        this.localHostName = localHostName;
    }

    static void resetVoidLookups() {
        VOID_LOOKUPS.get()[0] = 0;
    }

    static int voidLookups() {
        return VOID_LOOKUPS.get()[0];
    }

    @Override
    public @Nullable List<String> getRecords(DNSRequest request) throws TimeoutException {
        int type = dnsType(request.getRecordType());
        DnsAnswer answer = dns.lookup(request.getHostname(), type);
        switch (answer.status()) {
            case FOUND:
                return strings(answer, type);
            case TEMPORARY_FAILURE:
                throw new TimeoutException(answer.problem());
            default:
                // jSPF asks for the obsolete SPF type (RFC 7208 §3.1) before TXT: that is not a term's lookup.
                if (type != Type.SPF) {
                    VOID_LOOKUPS.get()[0]++;
                }
                return null;
        }
    }

    @Override
    public CompletionStage<List<String>> getRecordsAsync(DNSRequest request) {
        try {
            return CompletableFuture.completedFuture(getRecords(request));
        } catch (TimeoutException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public List<String> getLocalDomainNames() {
        return List.of(localHostName);
    }

    @Override
    public void setTimeOut(int timeOut) {
        // The gateway's DnsLookup has its own configured timeout.
    }

    @Override
    public int getRecordLimit() {
        return recordLimit;
    }

    @Override
    public void setRecordLimit(int recordLimit) {
        this.recordLimit = recordLimit;
    }

    private static int dnsType(int jspfType) {
        return switch (jspfType) {
            case DNSRequest.A -> Type.A;
            case DNSRequest.AAAA -> Type.AAAA;
            case DNSRequest.MX -> Type.MX;
            case DNSRequest.PTR -> Type.PTR;
            case DNSRequest.SPF -> Type.SPF;
            default -> Type.TXT;
        };
    }

    private static List<String> strings(DnsAnswer answer, int type) {
        if (type == Type.TXT || type == Type.SPF) {
            return answer.texts();
        }
        List<String> strings = new ArrayList<>(answer.records().size());
        for (Record record : answer.records()) {
            if (record instanceof ARecord a) {
                strings.add(a.getAddress().getHostAddress());
            } else if (record instanceof AAAARecord aaaa) {
                strings.add(aaaa.getAddress().getHostAddress());
            } else if (record instanceof MXRecord mx) {
                strings.add(mx.getTarget().toString());
            } else if (record instanceof PTRRecord ptr) {
                strings.add(IPAddr.stripDot(ptr.getTarget().toString()));
            }
        }
        return strings;
    }
}
