package vn.officialmail.gateway.trust.dns;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Asks the configured recursive resolvers (one dnsjava {@link SimpleResolver} each): every server
 * in order, the whole round repeated {@code retries} more times, each attempt bounded by the
 * timeout (measured here: dnsjava's own timer only looks every second). A truncated UDP answer
 * is asked again over TCP by dnsjava. SERVFAIL and REFUSED move on to the next server; when no
 * server gives an answer the result is {@link DnsStatus#TEMPORARY_FAILURE}. NXDOMAIN and empty
 * answers are permanent. No cache: wrap it in {@link CachingDnsLookup}.
 */
public final class ResolverDnsLookup implements DnsLookup {

    private final List<SimpleResolver> resolvers;
    private final Duration timeout;
    private final int rounds;
    private final long negativeTtlSeconds;

    /**
     * @param servers the resolvers' addresses, asked in order
     * @param timeout how long one attempt at one server may take
     * @param retries further rounds over all servers after the first
     * @param negativeTtl how long an absence is cached when the answer carries no SOA (RFC 2308)
     */
    public ResolverDnsLookup(List<InetSocketAddress> servers, Duration timeout, int retries, Duration negativeTtl) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("at least one DNS resolver address is needed");
        }
        List<SimpleResolver> resolvers = new ArrayList<>(servers.size());
        for (InetSocketAddress server : servers) {
            SimpleResolver simple = new SimpleResolver(server);
            simple.setTimeout(timeout);
            resolvers.add(simple);
        }
        this.resolvers = List.copyOf(resolvers);
        this.timeout = timeout;
        this.rounds = retries + 1;
        this.negativeTtlSeconds = negativeTtl.toSeconds();
    }

    @Override
    public DnsAnswer lookup(Name name, int type) {
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        String problem = "no resolver asked";
        Message response = null;
        for (int round = 0; round < rounds && response == null; round++) {
            for (SimpleResolver resolver : resolvers) {
                try {
                    Message candidate = resolver.sendAsync(query)
                            .toCompletableFuture()
                            .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    int rcode = candidate.getRcode();
                    if (rcode == Rcode.NOERROR || rcode == Rcode.NXDOMAIN) {
                        response = candidate;
                        break;
                    }
                    problem = resolver.getAddress() + " answered " + Rcode.string(rcode);
                } catch (TimeoutException e) {
                    problem = resolver.getAddress() + " did not answer within " + timeout.toMillis() + " ms";
                } catch (ExecutionException e) {
                    problem = resolver.getAddress() + ": " + e.getCause().getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return DnsAnswer.temporaryFailure(describe(name, type) + ": interrupted");
                }
            }
        }
        if (response == null) {
            return DnsAnswer.temporaryFailure(describe(name, type) + ": " + problem);
        }
        if (response.getRcode() == Rcode.NXDOMAIN) {
            return DnsAnswer.noDomain(negativeTtl(response), describe(name, type) + ": NXDOMAIN");
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
