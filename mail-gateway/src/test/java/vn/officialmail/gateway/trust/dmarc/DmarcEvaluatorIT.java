package vn.officialmail.gateway.trust.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.trust.LoopbackDnsServer;
import vn.officialmail.gateway.trust.Reason;
import vn.officialmail.gateway.trust.dkim.DkimOutcome;
import vn.officialmail.gateway.trust.dkim.DkimResult;
import vn.officialmail.gateway.trust.dns.ResolverDnsLookup;
import vn.officialmail.gateway.trust.spf.SpfOutcome;
import vn.officialmail.gateway.trust.spf.SpfResult;

/** DMARC (RFC 7489) with policy records served by a DNS server on loopback. */
class DmarcEvaluatorIT {

    private static LoopbackDnsServer server;
    private static DmarcEvaluator dmarc;

    @BeforeAll
    static void startServer() throws Exception {
        server = LoopbackDnsServer.start()
                .txt("_dmarc.moj.gov.vn", "v=DMARC1; p=reject; sp=quarantine; rua=mailto:dmarc@moj.gov.vn")
                .txt("_dmarc.strict.gov.vn", "v=DMARC1; p=reject; adkim=s; aspf=s")
                .txt("_dmarc.monitor.example", "v=DMARC1; p=none")
                .txt("_dmarc.broken.example", "v=DMARC1; p=bogus")
                .txt("_dmarc.reportonly.example", "v=DMARC1; rua=mailto:r@reportonly.example")
                .txt("_dmarc.multi.example", "v=DMARC1; p=reject")
                .txt("_dmarc.multi.example", "v=DMARC1; p=none")
                .txt("_dmarc.other.example", "v=spf1 -all")
                .servfail("_dmarc.temp.example");
        dmarc = new DmarcEvaluator(
                new ResolverDnsLookup(List.of(server.address()), Duration.ofMillis(500), 0, Duration.ofMinutes(5)));
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void evaluateShouldFailWithRejectWhenNothingAuthenticatesTheFromDomain() {
        DmarcOutcome outcome = dmarc.evaluate("moj.gov.vn", spf(SpfResult.FAIL, "moj.gov.vn"), List.of());

        assertThat(outcome.result()).isEqualTo(DmarcResult.FAIL);
        assertThat(outcome.policy()).contains(DmarcPolicy.REJECT);
        assertThat(outcome.failedWithEnforcement()).isTrue();
        assertThat(outcome.recordDomain()).isEqualTo("moj.gov.vn");
        assertThat(outcome.reason().vietnamese())
                .isEqualTo(
                        "DMARC không đạt: không có gì xác thực moj.gov.vn; chính sách công bố tại moj.gov.vn là p=reject");
        assertThat(outcome.reason().english())
                .isEqualTo(
                        "DMARC fail: nothing authenticates moj.gov.vn; the policy published at moj.gov.vn is p=reject");
    }

    @Test
    void evaluateShouldFailWhenSpfPassesForAnUnalignedDomain() {
        DmarcOutcome outcome = dmarc.evaluate("moj.gov.vn", spf(SpfResult.PASS, "evil.example"), List.of());

        assertThat(outcome.result()).isEqualTo(DmarcResult.FAIL);
        assertThat(outcome.spfAligned()).isFalse();
    }

    @Test
    void evaluateShouldPassOnAnAlignedDkimSignature() {
        DmarcOutcome outcome = dmarc.evaluate(
                "moj.gov.vn", spf(SpfResult.FAIL, "evil.example"), List.of(dkim(DkimResult.PASS, "moj.gov.vn")));

        assertThat(outcome.result()).isEqualTo(DmarcResult.PASS);
        assertThat(outcome.dkimAligned()).isTrue();
        assertThat(outcome.reason().english())
                .isEqualTo("DMARC pass: moj.gov.vn is authenticated by an aligned DKIM signature of moj.gov.vn");
    }

    @Test
    void evaluateShouldNotCountADkimSignatureThatLeavesContentUnsigned() {
        DmarcOutcome outcome =
                dmarc.evaluate("moj.gov.vn", spf(SpfResult.NONE, ""), List.of(dkim(DkimResult.POLICY, "moj.gov.vn")));

        assertThat(outcome.result()).isEqualTo(DmarcResult.FAIL);
    }

    @Test
    void evaluateShouldAlignASubdomainUnderRelaxedModeAndApplyTheSubdomainPolicy() {
        DmarcOutcome pass = dmarc.evaluate(
                "hanhchinh.moj.gov.vn",
                spf(SpfResult.PASS, "bounce.moj.gov.vn"),
                List.of(dkim(DkimResult.PASS, "moj.gov.vn")));
        DmarcOutcome fail = dmarc.evaluate("hanhchinh.moj.gov.vn", spf(SpfResult.FAIL, "x.example"), List.of());

        assertThat(pass.result()).isEqualTo(DmarcResult.PASS);
        assertThat(pass.spfAligned()).isTrue();
        assertThat(pass.dkimAligned()).isTrue();
        assertThat(pass.organizationalDomain()).isEqualTo("moj.gov.vn");
        assertThat(fail.result()).isEqualTo(DmarcResult.FAIL);
        assertThat(fail.recordDomain()).isEqualTo("moj.gov.vn");
        assertThat(fail.policy()).contains(DmarcPolicy.QUARANTINE); // sp= for a subdomain
    }

    @Test
    void evaluateShouldNotAlignASubdomainUnderStrictMode() {
        DmarcOutcome subdomain = dmarc.evaluate(
                "vanphong.strict.gov.vn",
                spf(SpfResult.PASS, "strict.gov.vn"),
                List.of(dkim(DkimResult.PASS, "strict.gov.vn")));
        DmarcOutcome exact = dmarc.evaluate(
                "strict.gov.vn",
                spf(SpfResult.PASS, "bounce.strict.gov.vn"),
                List.of(dkim(DkimResult.PASS, "strict.gov.vn")));

        assertThat(subdomain.result()).isEqualTo(DmarcResult.FAIL);
        assertThat(subdomain.policy()).contains(DmarcPolicy.REJECT); // no sp=: p= applies
        assertThat(exact.result()).isEqualTo(DmarcResult.PASS);
        assertThat(exact.spfAligned()).isFalse(); // bounce.strict.gov.vn is not strict.gov.vn
        assertThat(exact.dkimAligned()).isTrue();
    }

    @Test
    void evaluateShouldBeNoneWithoutARecordButStillReportAlignment() {
        DmarcOutcome outcome = dmarc.evaluate("nodmarc.example", spf(SpfResult.PASS, "nodmarc.example"), List.of());

        assertThat(outcome.result()).isEqualTo(DmarcResult.NONE);
        assertThat(outcome.policy()).isEmpty();
        assertThat(outcome.spfAligned()).isTrue();
        assertThat(server.queries("_dmarc.nodmarc.example")).isPositive();
    }

    @Test
    void evaluateShouldIgnoreTxtRecordsThatAreNotDmarc() {
        assertThat(dmarc.evaluate("other.example", spf(SpfResult.NONE, ""), List.of())
                        .result())
                .isEqualTo(DmarcResult.NONE);
    }

    @Test
    void evaluateShouldFailButNotEnforceUnderPolicyNone() {
        DmarcOutcome outcome = dmarc.evaluate("monitor.example", spf(SpfResult.FAIL, "monitor.example"), List.of());

        assertThat(outcome.result()).isEqualTo(DmarcResult.FAIL);
        assertThat(outcome.failedWithEnforcement()).isFalse();
    }

    @Test
    void evaluateShouldBeATemporaryErrorWhenThePolicyCannotBeFetched() {
        DmarcOutcome outcome = dmarc.evaluate("temp.example", spf(SpfResult.PASS, "temp.example"), List.of());

        assertThat(outcome.result()).isEqualTo(DmarcResult.TEMPERROR);
        assertThat(outcome.reason().key()).isEqualTo("dmarc.temperror");
    }

    @Test
    void evaluateShouldBeAPermanentErrorForABadPolicyUnlessItHasReportAddresses() {
        assertThat(dmarc.evaluate("broken.example", spf(SpfResult.NONE, ""), List.of())
                        .result())
                .isEqualTo(DmarcResult.PERMERROR);
        assertThat(dmarc.evaluate("reportonly.example", spf(SpfResult.NONE, ""), List.of())
                        .policy())
                .contains(DmarcPolicy.NONE);
    }

    @Test
    void evaluateShouldApplyNoPolicyWhenTheDomainPublishesTwoRecords() {
        DmarcOutcome outcome = dmarc.evaluate("multi.example", spf(SpfResult.FAIL, "multi.example"), List.of());

        assertThat(outcome.result()).isEqualTo(DmarcResult.NONE);
        assertThat(outcome.reason().key()).isEqualTo("dmarc.multiple-records");
    }

    @Test
    void evaluateShouldBeNoneWithoutAFromDomain() {
        assertThat(dmarc.evaluate("", spf(SpfResult.PASS, "moj.gov.vn"), List.of())
                        .reason()
                        .key())
                .isEqualTo("dmarc.no-from");
    }

    static SpfOutcome spf(SpfResult result, String domain) {
        return new SpfOutcome(
                result, "x@" + domain, domain, "192.0.2.1", Reason.of("spf." + result.keyword(), domain, "192.0.2.1"));
    }

    static DkimOutcome dkim(DkimResult result, String domain) {
        return new DkimOutcome(result, domain, "s", "rsa-sha256", "@" + domain, 0, Reason.of("dkim.pass", domain, "s"));
    }
}
