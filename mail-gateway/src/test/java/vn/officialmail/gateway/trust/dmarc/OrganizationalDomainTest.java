package vn.officialmail.gateway.trust.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Organisational domains from the Public Suffix List (RFC 7489 §3.2). */
class OrganizationalDomainTest {

    @Test
    void ofShouldCutBelowThePublicSuffix() {
        assertThat(OrganizationalDomain.of("mail.moj.gov.vn")).isEqualTo("moj.gov.vn");
        assertThat(OrganizationalDomain.of("moj.gov.vn")).isEqualTo("moj.gov.vn");
        assertThat(OrganizationalDomain.of("A.B.Example.CO.UK.")).isEqualTo("example.co.uk");
        assertThat(OrganizationalDomain.of("hanoi.chinhphu.vn")).isEqualTo("chinhphu.vn");
    }

    @Test
    void ofShouldKeepAPublicSuffixAndUseTwoLabelsUnderAnUnknownTld() {
        assertThat(OrganizationalDomain.of("gov.vn")).isEqualTo("gov.vn");
        assertThat(OrganizationalDomain.of("x.y.internal-tld")).isEqualTo("y.internal-tld");
        assertThat(OrganizationalDomain.of("not a domain")).isEqualTo("not a domain");
    }

    @Test
    void alignedShouldCompareExactlyOrByOrganisation() {
        assertThat(OrganizationalDomain.aligned("mail.moj.gov.vn", "moj.gov.vn", Alignment.RELAXED))
                .isTrue();
        assertThat(OrganizationalDomain.aligned("mail.moj.gov.vn", "moj.gov.vn", Alignment.STRICT))
                .isFalse();
        assertThat(OrganizationalDomain.aligned("MOJ.gov.vn.", "moj.gov.vn", Alignment.STRICT))
                .isTrue();
        // Two agencies under the same public suffix are not one organisation.
        assertThat(OrganizationalDomain.aligned("mof.gov.vn", "moj.gov.vn", Alignment.RELAXED))
                .isFalse();
        assertThat(OrganizationalDomain.aligned("", "moj.gov.vn", Alignment.RELAXED))
                .isFalse();
    }
}
