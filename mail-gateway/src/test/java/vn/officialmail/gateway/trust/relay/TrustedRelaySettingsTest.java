package vn.officialmail.gateway.trust.relay;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedRelaySettingsTest {

    @Test
    void settingsShouldNameTheBadNetwork() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new TrustedRelaySettings(List.of("10.0.0.0/8", "relay.moj.gov.vn"), null, List.of("mx"), null))
                .withMessageStartingWith(
                        "gateway.authentication.trusted-relays.networks: 'relay.moj.gov.vn' is not an IP");
    }

    @Test
    void settingsShouldRequireTheRelaysAuthservIds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrustedRelaySettings(List.of("10.0.0.0/8"), null, null, null))
                .withMessageStartingWith("gateway.authentication.trusted-relays.authserv-ids is empty");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrustedRelaySettings(null, null, List.of("mx moj"), null))
                .withMessageContaining("'mx moj'");
    }
}
