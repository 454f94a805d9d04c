package vn.officialmail.gateway.trust.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class IpNetworkTest {

    @Test
    void containsShouldMatchInsideTheNetworkOnly() {
        IpNetwork network = IpNetwork.parse("10.1.2.0/24");

        assertThat(network.contains("10.1.2.0")).isTrue();
        assertThat(network.contains("10.1.2.255")).isTrue();
        assertThat(network.contains("10.1.3.0")).isFalse();
        assertThat(network.contains("::ffff:10.1.2.9")).isTrue();
        assertThat(network.contains("not an ip")).isFalse();
        assertThat(network.toString()).isEqualTo("10.1.2.0/24");
    }

    @Test
    void containsShouldHandleIpv6AndSingleAddresses() {
        assertThat(IpNetwork.parse("2001:db8::/32").contains("[2001:db8:ffff::1]"))
                .isTrue();
        assertThat(IpNetwork.parse("2001:db8::/32").contains("10.1.2.3")).isFalse();
        assertThat(IpNetwork.parse("10.1.2.5").contains("10.1.2.5")).isTrue();
        assertThat(IpNetwork.parse("10.1.2.5").contains("10.1.2.6")).isFalse();
        assertThat(IpNetwork.parse("0.0.0.0/0").contains("198.51.100.1")).isTrue();
    }

    @Test
    void parseShouldNameTheBadEntry() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IpNetwork.parse("mx.moj.gov.vn"))
                .withMessage(
                        "'mx.moj.gov.vn' is not an IP address or network; use 203.0.113.25, 203.0.113.0/24 or 2001:db8::/32");
        assertThatIllegalArgumentException().isThrownBy(() -> IpNetwork.parse("10.0.0.0/33"));
    }
}
