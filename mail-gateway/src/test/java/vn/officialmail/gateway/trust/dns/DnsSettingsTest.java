package vn.officialmail.gateway.trust.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsSettingsTest {

    @Test
    void defaultsShouldBeResolversWithACache() {
        DnsSettings settings = DnsSettings.defaults();

        assertThat(settings.mode()).isEqualTo(DnsSettings.Mode.RESOLVERS);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.retries()).isEqualTo(1);
        assertThat(settings.cacheSize()).isEqualTo(10_000);
    }

    @Test
    void resolverAddressesShouldAcceptIpsWithAndWithoutPorts() {
        DnsSettings settings = withResolvers(List.of("192.0.2.53", "192.0.2.54:5353", "[2001:db8::53]:53"));

        assertThat(settings.resolverAddresses())
                .extracting(InetSocketAddress::getPort)
                .containsExactly(53, 5353, 53);
    }

    @Test
    void settingsShouldNameTheKeyTheValueAndWhatIsAllowed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withResolvers(List.of("dns.google")))
                .withMessage("gateway.authentication.dns.resolvers entries must be an IP address with an optional port"
                        + " (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53): 'dns.google'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DnsSettings(null, null, Duration.ZERO, null, null, null, null, null, null))
                .withMessage("gateway.authentication.dns.timeout must be between 100ms and 1m: 0s");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DnsSettings(null, null, null, 9, null, null, null, null, null))
                .withMessage("gateway.authentication.dns.retries must be between 0 and 5: 9");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new DnsSettings(DnsSettings.Mode.STATIC, null, null, null, null, null, null, null, null))
                .withMessageStartingWith(
                        "gateway.authentication.dns.mode static needs static-zone-files or static-records");
    }

    private static DnsSettings withResolvers(List<String> resolvers) {
        return new DnsSettings(null, resolvers, null, null, null, null, null, null, null);
    }
}
