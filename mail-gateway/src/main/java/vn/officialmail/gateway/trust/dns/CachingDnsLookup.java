package vn.officialmail.gateway.trust.dns;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.xbill.DNS.Name;

/**
 * A bounded cache in front of another lookup. An answer is kept for its own TTL (records' or
 * RFC 2308 negative TTL), capped by {@code maxTtl}; temporary failures are never kept, so the next
 * message asks again. At most {@code maxEntries} answers are held, least recently used leaving
 * first. A warm hit is one hash lookup and a clock read.
 */
public final class CachingDnsLookup implements DnsLookup {

    private record Question(Name name, int type) {}

    private record Entry(DnsAnswer answer, long expiresAtNanos) {}

    private final DnsLookup delegate;
    private final Cache<Question, Entry> cache;
    private final long maxTtlNanos;
    private final LongSupplier nanoClock;

    public CachingDnsLookup(DnsLookup delegate, int maxEntries, Duration maxTtl) {
        this(delegate, maxEntries, maxTtl, System::nanoTime);
    }

    /** With a clock of its own, for tests that let time pass. */
    public CachingDnsLookup(DnsLookup delegate, int maxEntries, Duration maxTtl, LongSupplier nanoClock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("the DNS cache must hold at least one entry: " + maxEntries);
        }
        this.delegate = delegate;
        this.cache = CacheBuilder.newBuilder()
                .maximumSize(maxEntries)
                .concurrencyLevel(4)
                .build();
        this.maxTtlNanos = maxTtl.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public DnsAnswer lookup(Name name, int type) {
        Question question = new Question(name, type);
        long now = nanoClock.getAsLong();
        Entry entry = cache.getIfPresent(question);
        if (entry != null && entry.expiresAtNanos - now > 0) {
            return entry.answer;
        }
        // Two threads missing at once both ask: cheaper than making every hit wait on a loader.
        DnsAnswer answer = delegate.lookup(name, type);
        if (answer.isTemporaryFailure() || answer.ttlSeconds() <= 0) {
            cache.invalidate(question);
        } else {
            long ttlNanos = Math.min(Duration.ofSeconds(answer.ttlSeconds()).toNanos(), maxTtlNanos);
            cache.put(question, new Entry(answer, now + ttlNanos));
        }
        return answer;
    }

    /** How many answers are held now (expired ones included until they are asked for or evicted). */
    public long size() {
        return cache.size();
    }
}
