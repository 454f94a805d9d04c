package vn.officialmail.gateway.trust.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.trust.LoopbackDnsServer;
import vn.officialmail.gateway.trust.dns.ResolverDnsLookup;

/** SPF (RFC 7208) through jSPF on the gateway's resolver, against a DNS server on loopback. */
class SpfVerifierIT {

    private static LoopbackDnsServer server;
    private static SpfVerifier spf;

    @BeforeAll
    static void startServer() throws Exception {
        server = LoopbackDnsServer.start();
        server.zone(
                "moj.gov.vn. IN TXT \"v=spf1 ip4:203.0.113.0/24 include:_spf.moj.gov.vn -all\"",
                "_spf.moj.gov.vn. IN TXT \"v=spf1 ip6:2001:db8:1::/48 -all\"",
                "soft.example. IN TXT \"v=spf1 ip4:198.51.100.1 ~all\"",
                "neutral.example. IN TXT \"v=spf1 ?all\"",
                "mx.example. IN TXT \"v=spf1 mx a:relay.mx.example -all\"",
                "mx.example. IN MX 10 mail.mx.example.",
                "mail.mx.example. IN A 192.0.2.10",
                "relay.mx.example. IN A 192.0.2.20",
                "redirect.example. IN TXT \"v=spf1 redirect=moj.gov.vn\"",
                "macro.example. IN TXT \"v=spf1 exists:%{ir}.%{l}._spf.macro.example -all\"",
                "5.113.0.203.vanthu._spf.macro.example. IN A 127.0.0.2",
                "syntax.example. IN TXT \"v=spf1 ip4:203.0.113.0/99 -all\"",
                "twice.example. IN TXT \"v=spf1 -all\"",
                "twice.example. IN TXT \"v=spf1 +all\"",
                "include-broken.example. IN TXT \"v=spf1 include:servfail.example -all\"",
                "voids.example. IN TXT \"v=spf1 a:no1.voids.example a:no2.voids.example a:no3.voids.example ip4:203.0.113.5 -all\"",
                "twovoids.example. IN TXT \"v=spf1 a:no1.voids.example a:no2.voids.example ip4:203.0.113.5 -all\"");
        // 11 DNS-querying terms: one more than RFC 7208 §4.6.4 allows.
        StringBuilder many = new StringBuilder("v=spf1");
        for (int i = 1; i <= 11; i++) {
            server.zone("h" + i + ".many.example. IN A 192.0.2." + i);
            many.append(" a:h").append(i).append(".many.example");
        }
        server.txt("many.example", many + " -all");
        StringBuilder ten = new StringBuilder("v=spf1");
        for (int i = 1; i <= 10; i++) {
            ten.append(" a:h").append(i).append(".many.example");
        }
        server.txt("ten.example", ten + " ip4:203.0.113.99 -all");
        server.servfail("servfail.example");
        server.silent("silent.example");
        spf = new SpfVerifier(
                new ResolverDnsLookup(List.of(server.address()), Duration.ofMillis(300), 0, Duration.ofMinutes(5)),
                "gateway.test");
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void checkShouldPassWhenTheClientIsInTheDomainsNetwork() {
        SpfOutcome outcome = spf.check("203.0.113.5", "vanthu@moj.gov.vn", "mail.moj.gov.vn");

        assertThat(outcome.result()).isEqualTo(SpfResult.PASS);
        assertThat(outcome.domain()).isEqualTo("moj.gov.vn");
        assertThat(outcome.reason().vietnamese())
                .isEqualTo("SPF đạt (pass): 203.0.113.5 được phép gửi thư cho moj.gov.vn");
        assertThat(outcome.reason().english()).isEqualTo("SPF pass: 203.0.113.5 may send mail for moj.gov.vn");
    }

    @Test
    void checkShouldPassThroughAnIncludeWithAnIp6Network() {
        assertThat(spf.check("2001:db8:1::25", "vanthu@moj.gov.vn", "mail").result())
                .isEqualTo(SpfResult.PASS);
    }

    @Test
    void checkShouldFailWhenAForeignClientClaimsTheDomain() {
        SpfOutcome outcome = spf.check("198.51.100.77", "vanthu@moj.gov.vn", "evil.example");

        assertThat(outcome.result()).isEqualTo(SpfResult.FAIL);
        assertThat(outcome.reason().english())
                .isEqualTo("SPF fail: moj.gov.vn does not allow 198.51.100.77 to send its mail");
    }

    @Test
    void checkShouldSoftfailOnTilde() {
        assertThat(spf.check("198.51.100.77", "a@soft.example", "h").result()).isEqualTo(SpfResult.SOFTFAIL);
        assertThat(spf.check("198.51.100.1", "a@soft.example", "h").result()).isEqualTo(SpfResult.PASS);
    }

    @Test
    void checkShouldBeNeutralOnQuestionMark() {
        assertThat(spf.check("198.51.100.77", "a@neutral.example", "h").result())
                .isEqualTo(SpfResult.NEUTRAL);
    }

    @Test
    void checkShouldBeNoneWhenTheDomainPublishesNoRecord() {
        SpfOutcome outcome = spf.check("198.51.100.77", "a@norecord.example", "h");

        assertThat(outcome.result()).isEqualTo(SpfResult.NONE);
        assertThat(outcome.reason().vietnamese())
                .isEqualTo("SPF không có (none): norecord.example không công bố bản ghi SPF");
    }

    @Test
    void checkShouldFollowMxAndARecords() {
        assertThat(spf.check("192.0.2.10", "a@mx.example", "h").result()).isEqualTo(SpfResult.PASS);
        assertThat(spf.check("192.0.2.20", "a@mx.example", "h").result()).isEqualTo(SpfResult.PASS);
        assertThat(spf.check("192.0.2.30", "a@mx.example", "h").result()).isEqualTo(SpfResult.FAIL);
    }

    @Test
    void checkShouldFollowARedirect() {
        assertThat(spf.check("203.0.113.5", "a@redirect.example", "h").result()).isEqualTo(SpfResult.PASS);
        assertThat(spf.check("198.51.100.7", "a@redirect.example", "h").result())
                .isEqualTo(SpfResult.FAIL);
    }

    @Test
    void checkShouldExpandMacrosInExists() {
        assertThat(spf.check("203.0.113.5", "vanthu@macro.example", "h").result())
                .isEqualTo(SpfResult.PASS);
        assertThat(spf.check("203.0.113.5", "other@macro.example", "h").result())
                .isEqualTo(SpfResult.FAIL);
    }

    @Test
    void checkShouldUsePostmasterAtHeloForTheNullReversePath() {
        SpfOutcome outcome = spf.check("203.0.113.5", "", "moj.gov.vn");

        assertThat(outcome.result()).isEqualTo(SpfResult.PASS);
        assertThat(outcome.identity()).isEqualTo("postmaster@moj.gov.vn");
    }

    @Test
    void checkShouldBeATemporaryErrorWhenTheServerAnswersServfail() {
        SpfOutcome outcome = spf.check("203.0.113.5", "a@servfail.example", "h");

        assertThat(outcome.result()).isEqualTo(SpfResult.TEMPERROR);
        assertThat(outcome.reason().english()).contains("temporary DNS error").contains("try again later");
    }

    @Test
    void checkShouldBeATemporaryErrorWhenTheServerDoesNotAnswer() {
        assertThat(spf.check("203.0.113.5", "a@silent.example", "h").result()).isEqualTo(SpfResult.TEMPERROR);
    }

    @Test
    void checkShouldBeATemporaryErrorWhenAnIncludedDomainFailsTemporarily() {
        assertThat(spf.check("203.0.113.5", "a@include-broken.example", "h").result())
                .isEqualTo(SpfResult.TEMPERROR);
    }

    @Test
    void checkShouldBeAPermanentErrorOnASyntaxError() {
        assertThat(spf.check("203.0.113.5", "a@syntax.example", "h").result()).isEqualTo(SpfResult.PERMERROR);
    }

    @Test
    void checkShouldBeAPermanentErrorWhenTheDomainHasTwoRecords() {
        assertThat(spf.check("203.0.113.5", "a@twice.example", "h").result()).isEqualTo(SpfResult.PERMERROR);
    }

    @Test
    void checkShouldBeAPermanentErrorOverTenDnsLookupsButNotAtTen() {
        assertThat(spf.check("203.0.113.99", "a@ten.example", "h").result()).isEqualTo(SpfResult.PASS);
        assertThat(spf.check("203.0.113.99", "a@many.example", "h").result()).isEqualTo(SpfResult.PERMERROR);
    }

    @Test
    void checkShouldBeAPermanentErrorOverTwoVoidLookupsButNotAtTwo() {
        assertThat(spf.check("203.0.113.5", "a@twovoids.example", "h").result()).isEqualTo(SpfResult.PASS);

        SpfOutcome outcome = spf.check("203.0.113.5", "a@voids.example", "h");

        assertThat(outcome.result()).isEqualTo(SpfResult.PERMERROR);
        assertThat(outcome.reason().english())
                .isEqualTo("SPF permerror: the SPF record of voids.example caused 3 DNS lookups without an answer"
                        + " (at most 2 allowed)");
    }

    @Test
    void checkShouldBeNoneWithoutAClientAddress() {
        SpfOutcome outcome = spf.check("", "vanthu@moj.gov.vn", "h");

        assertThat(outcome.result()).isEqualTo(SpfResult.NONE);
        assertThat(outcome.reason().key()).isEqualTo("spf.no-client");
    }

    @Test
    void checkShouldGiveTheSameResultsFromManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<SpfResult>> checks = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean pass = i % 2 == 0;
                checks.add(() -> spf.check(pass ? "203.0.113.5" : "198.51.100.7", "vanthu@macro.example", "h")
                        .result());
            }
            List<Future<SpfResult>> results = pool.invokeAll(checks);

            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? SpfResult.PASS : SpfResult.FAIL);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
