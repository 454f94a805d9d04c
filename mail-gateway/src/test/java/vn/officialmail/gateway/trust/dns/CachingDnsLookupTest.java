package vn.officialmail.gateway.trust.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/** The cache keeps answers for their TTL (capped), never keeps failures, and stays bounded. */
class CachingDnsLookupTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger asked = new AtomicInteger();
    private volatile DnsAnswer next;

    private final DnsLookup counting = (name, type) -> {
        asked.incrementAndGet();
        return next;
    };

    @Test
    void lookupShouldKeepAnAnswerForItsTtlAndNoLonger() throws Exception {
        next = DnsAnswer.found(List.of(record()), 30);
        CachingDnsLookup cache = new CachingDnsLookup(counting, 10, Duration.ofHours(1), now::get);

        cache.lookup("moj.gov.vn", Type.A);
        now.set(Duration.ofSeconds(29).toNanos());
        cache.lookup("moj.gov.vn", Type.A);
        now.set(Duration.ofSeconds(31).toNanos());
        cache.lookup("moj.gov.vn", Type.A);

        assertThat(asked).hasValue(2);
    }

    @Test
    void lookupShouldCapTheTtl() throws Exception {
        next = DnsAnswer.found(List.of(record()), 86_400);
        CachingDnsLookup cache = new CachingDnsLookup(counting, 10, Duration.ofMinutes(1), now::get);

        cache.lookup("moj.gov.vn", Type.A);
        now.set(Duration.ofSeconds(61).toNanos());
        cache.lookup("moj.gov.vn", Type.A);

        assertThat(asked).hasValue(2);
    }

    @Test
    void lookupShouldNeverKeepATemporaryFailure() {
        next = DnsAnswer.temporaryFailure("SERVFAIL");
        CachingDnsLookup cache = new CachingDnsLookup(counting, 10, Duration.ofHours(1), now::get);

        cache.lookup("moj.gov.vn", Type.A);
        cache.lookup("moj.gov.vn", Type.A);

        assertThat(asked).hasValue(2);
    }

    @Test
    void lookupShouldHoldNoMoreThanItsSize() {
        next = DnsAnswer.noDomain(300, "NXDOMAIN");
        CachingDnsLookup cache = new CachingDnsLookup(counting, 100, Duration.ofHours(1), now::get);

        for (int i = 0; i < 1000; i++) {
            cache.lookup("n" + i + ".example", Type.TXT);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(100);
    }

    private static ARecord record() throws Exception {
        return new ARecord(Name.fromString("moj.gov.vn."), DClass.IN, 30, java.net.InetAddress.getByAddress(new byte[] {
            (byte) 203, 0, 113, 5
        }));
    }
}
