package vn.officialmail.gateway.trust.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Type;
import vn.officialmail.gateway.trust.LoopbackDnsServer;

/** The resolver against a real DNS server on loopback. */
class ResolverDnsLookupIT {

    private LoopbackDnsServer server;
    private ResolverDnsLookup lookup;

    @BeforeEach
    void startServer() throws Exception {
        server = LoopbackDnsServer.start();
        lookup = new ResolverDnsLookup(List.of(server.address()), Duration.ofMillis(300), 1, Duration.ofMinutes(5));
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void lookupShouldReturnTheRecordsWhenTheNameHasThem() {
        server.zone("moj.gov.vn. 120 IN TXT \"v=spf1 ip4:203.0.113.0/24 -all\"", "moj.gov.vn. 120 IN A 203.0.113.5");

        DnsAnswer answer = lookup.lookup("moj.gov.vn", Type.TXT);

        assertThat(answer.status()).isEqualTo(DnsStatus.FOUND);
        assertThat(answer.texts()).containsExactly("v=spf1 ip4:203.0.113.0/24 -all");
        assertThat(answer.ttlSeconds()).isEqualTo(120);
    }

    @Test
    void lookupShouldJoinTheStringsOfALongTxtRecord() {
        String key = "v=DKIM1; k=rsa; p=" + "A".repeat(600);
        server.txt("mail._domainkey.moj.gov.vn", key);

        DnsAnswer answer = lookup.lookup("mail._domainkey.moj.gov.vn.", Type.TXT);

        assertThat(answer.texts()).containsExactly(key);
    }

    @Test
    void lookupShouldSayNoDomainWhenTheServerAnswersNxdomain() {
        DnsAnswer answer = lookup.lookup("nothing.example", Type.TXT);

        assertThat(answer.status()).isEqualTo(DnsStatus.NO_DOMAIN);
        assertThat(answer.ttlSeconds()).isEqualTo(60); // the SOA's minimum (RFC 2308)
    }

    @Test
    void lookupShouldSayNoRecordsWhenTheNameHasOnlyOtherTypes() {
        server.zone("moj.gov.vn. 120 IN A 203.0.113.5");

        DnsAnswer answer = lookup.lookup("moj.gov.vn", Type.TXT);

        assertThat(answer.status()).isEqualTo(DnsStatus.NO_RECORDS);
    }

    @Test
    void lookupShouldBeATemporaryFailureWhenTheServerAnswersServfail() {
        server.servfail("broken.example");

        DnsAnswer answer = lookup.lookup("broken.example", Type.TXT);

        assertThat(answer.status()).isEqualTo(DnsStatus.TEMPORARY_FAILURE);
        assertThat(answer.problem()).contains("SERVFAIL");
    }

    @Test
    void lookupShouldBeATemporaryFailureAfterTheRetriesWhenTheServerIsSilent() {
        server.silent("slow.example");

        long start = System.nanoTime();
        DnsAnswer answer = lookup.lookup("slow.example", Type.TXT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer.status()).isEqualTo(DnsStatus.TEMPORARY_FAILURE);
        assertThat(server.queries("slow.example")).isEqualTo(2); // first attempt and one retry
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void lookupShouldRetryOverTcpWhenTheUdpAnswerIsTruncated() {
        server.zone("moj.gov.vn. 120 IN TXT \"v=spf1 -all\"").truncateUdp(true);

        DnsAnswer answer = lookup.lookup("moj.gov.vn", Type.TXT);

        assertThat(answer.texts()).containsExactly("v=spf1 -all");
        assertThat(server.tcpQueries()).isEqualTo(1);
    }

    @Test
    void lookupShouldBeATemporaryFailureWhenNothingListens() throws Exception {
        server.close();

        DnsAnswer answer = lookup.lookup("moj.gov.vn", Type.TXT);

        assertThat(answer.status()).isEqualTo(DnsStatus.TEMPORARY_FAILURE);
    }

    @Test
    void cachedLookupShouldAskTheServerOnceWithinTheTtl() {
        server.zone("moj.gov.vn. 120 IN TXT \"v=spf1 -all\"");
        server.servfail("broken.example");
        CachingDnsLookup cached = new CachingDnsLookup(lookup, 100, Duration.ofHours(1));

        for (int i = 0; i < 5; i++) {
            cached.lookup("moj.gov.vn", Type.TXT);
            cached.lookup("nothing.example", Type.TXT);
            cached.lookup("broken.example", Type.TXT);
        }

        assertThat(server.queries("moj.gov.vn")).isEqualTo(1);
        assertThat(server.queries("nothing.example")).isEqualTo(1); // absences are cached too
        assertThat(server.queries("broken.example")).isEqualTo(10); // failures never are (two rounds each)
    }
}
