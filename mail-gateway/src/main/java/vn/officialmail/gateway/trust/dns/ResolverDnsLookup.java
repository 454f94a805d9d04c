package vn.officialmail.gateway.trust.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Asks the configured recursive resolvers (dnsjava {@link ExtendedResolver} over one
 * {@link SimpleResolver} per address), each tried {@code retries + 1} times with the per-attempt
 * timeout. A truncated UDP answer is asked again over TCP by dnsjava. SERVFAIL, REFUSED and
 * timeouts become {@link DnsStatus#TEMPORARY_FAILURE}; NXDOMAIN and empty answers are permanent.
 * No cache: wrap it in {@link CachingDnsLookup}.
 */
public final class ResolverDnsLookup implements DnsLookup {

    private final Resolver resolver;
    private final long negativeTtlSeconds;

    /**
     * @param servers the resolvers' addresses, asked in order (the one failing least first)
     * @param timeout how long one attempt at one server may take
     * @param retries further attempts per server after the first
     * @param negativeTtl how long an absence is cached when the answer carries no SOA (RFC 2308)
     */
    public ResolverDnsLookup(List<InetSocketAddress> servers, Duration timeout, int retries, Duration negativeTtl) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("at least one DNS resolver address is needed");
        }
        List<Resolver> resolvers = new ArrayList<>(servers.size());
        for (InetSocketAddress server : servers) {
            SimpleResolver simple = new SimpleResolver(server);
            simple.setTimeout(timeout);
            resolvers.add(simple);
        }
        ExtendedResolver extended = new ExtendedResolver(resolvers);
        extended.setRetries(retries + 1);
        extended.setLoadBalance(false);
        // The overall deadline: every attempt at every server, plus a little for the TCP fallback.
        extended.setTimeout(
                timeout.multipliedBy((long) (retries + 1) * servers.size()).plus(timeout));
        this.resolver = extended;
        this.negativeTtlSeconds = negativeTtl.toSeconds();
    }

    @Override
    public DnsAnswer lookup(Name name, int type) {
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        Message response;
        try {
            response = resolver.send(query);
        } catch (IOException e) {
            return DnsAnswer.temporaryFailure("no answer for " + describe(name, type) + ": " + e.getMessage());
        }
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return DnsAnswer.noDomain(negativeTtl(response), describe(name, type) + ": NXDOMAIN");
        }
        if (rcode != Rcode.NOERROR) {
            return DnsAnswer.temporaryFailure(describe(name, type) + ": " + Rcode.string(rcode));
        }
        // A recursive resolver puts the CNAME chain and its end in the answer: keep the asked type.
        List<Record> records = new ArrayList<>();
        long ttl = Long.MAX_VALUE;
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record.getType() == type) {
                records.add(record);
                ttl = Math.min(ttl, record.getTTL());
            }
        }
        if (records.isEmpty()) {
            return DnsAnswer.noRecords(negativeTtl(response), describe(name, type) + ": no records");
        }
        return DnsAnswer.found(records, ttl);
    }

    /** RFC 2308 §5: the smaller of the SOA's TTL and its MINIMUM field, else the configured default. */
    private long negativeTtl(Message response) {
        for (Record record : response.getSection(Section.AUTHORITY)) {
            if (record instanceof SOARecord soa) {
                return Math.min(soa.getTTL(), soa.getMinimum());
            }
        }
        return negativeTtlSeconds;
    }

    static String describe(Name name, int type) {
        return name + " " + Type.string(type);
    }
}
