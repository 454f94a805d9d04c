package vn.officialmail.gateway.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void ratesShouldBeEmptyWithoutTrafficAndNeverNegative() {
        assertThat(Tally.ZERO.officialShare()).isEmpty();
        assertThat(Tally.ZERO.complianceRate()).isEmpty();
        assertThat(new Tally(4, 2, 3, 2).officialShare()).hasValue(0.5);
        assertThat(new Tally(4, 2, 3, 2).complianceRate()).hasValue(0.5);
        // violations of mail the gateway saw no traffic for: rate 0, not below
        assertThat(new Tally(0, 0, 2, 2).complianceRate()).hasValue(0.0);
    }
}
