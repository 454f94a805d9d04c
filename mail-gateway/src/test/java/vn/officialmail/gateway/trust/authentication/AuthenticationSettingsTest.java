package vn.officialmail.gateway.trust.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AuthenticationSettingsTest {

    @Test
    void defaultsShouldNeedNoConfiguration() {
        AuthenticationSettings settings = AuthenticationSettings.defaults();

        assertThat(settings.authservId()).isEqualTo("official-mail.local");
        assertThat(settings.maxDkimSignatures()).isEqualTo(5);
        assertThat(settings.trustedRelays().networks()).isEmpty();
    }

    @Test
    void settingsShouldNameTheKeyTheValueAndWhatIsAllowed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AuthenticationSettings(null, null, null, 0, null))
                .withMessage("gateway.authentication.max-dkim-signatures must be between 1 and 50: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AuthenticationSettings("gateway; evil", null, null, null, null))
                .withMessageContaining("gateway.authentication.authserv-id must be a host name")
                .withMessageContaining("'gateway; evil'");
    }
}
