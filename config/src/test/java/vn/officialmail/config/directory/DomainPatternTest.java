package vn.officialmail.config.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainPatternTest {

    @Test
    void wildcardShouldMatchSubdomainsOnly() {
        DomainPattern gov = DomainPattern.parse(" *.GOV.vn ").orElseThrow();

        assertThat(gov.pattern()).isEqualTo("*.gov.vn");
        assertThat(gov.matches("moj.gov.vn")).isTrue();
        assertThat(gov.matches("gov.vn")).isFalse();
        assertThat(gov.matches("evilgov.vn")).isFalse();
    }

    @Test
    void malformedPatternsShouldNotParse() {
        assertThat(DomainPattern.parse("moj..gov.vn")).isEmpty();
        assertThat(DomainPattern.parse("*gov.vn")).isEmpty();
        assertThat(DomainPattern.parse("*.*.vn")).isEmpty();
        assertThat(DomainPattern.parse("vn")).isEmpty();
        assertThat(DomainPattern.parse("*.bộ.vn").orElseThrow().pattern())
                .startsWith("*.xn--")
                .endsWith(".vn");
    }
}
