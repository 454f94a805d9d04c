package vn.officialmail.gateway.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecuritySettingsTest {

    private static final SecuritySettings.BootstrapAdmin ADMIN =
            new SecuritySettings.BootstrapAdmin("admin", Optional.empty());
    private static final SecuritySettings.Lockout LOCKOUT = new SecuritySettings.Lockout(5, Duration.ofMinutes(15));
    private static final SecuritySettings.Ldap NO_LDAP =
            new SecuritySettings.Ldap(Optional.empty(), Optional.empty(), Duration.ofSeconds(5));

    @Test
    void sessionTimeoutShouldBeAcceptedAtOneMinuteAndRefusedBelow() {
        assertThat(new SecuritySettings(ADMIN, Duration.ofMinutes(1), LOCKOUT, 12, NO_LDAP).sessionTimeout())
                .isEqualTo(Duration.ofMinutes(1));
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new SecuritySettings(ADMIN, Duration.ofSeconds(59), LOCKOUT, 12, NO_LDAP))
                .withMessageContaining("gateway.security.session-timeout must be between 1m and 24h: PT59S");
    }

    @Test
    void lockoutShouldRefuseAZeroDuration() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new SecuritySettings.Lockout(5, Duration.ZERO))
                .withMessageContaining("gateway.security.lockout.duration must be more than 0");
    }

    @Test
    void ldapShouldRefuseAnotherSchemeOrAPatternWithoutThePlaceholder() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new SecuritySettings.Ldap(
                        Optional.of(URI.create("http://dc.tuphap.gov.vn")),
                        Optional.of("uid={0},dc=tuphap"),
                        Duration.ofSeconds(5)))
                .withMessageContaining("must be ldap:// or ldaps://: http://dc.tuphap.gov.vn");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new SecuritySettings.Ldap(
                        Optional.of(URI.create("ldaps://dc.tuphap.gov.vn")),
                        Optional.of("uid=admin,dc=tuphap"),
                        Duration.ofSeconds(5)))
                .withMessageContaining("user-dn-pattern must contain {0}: uid=admin,dc=tuphap");
    }

    @Test
    void ldapShouldBeOffWithoutAUrl() {
        assertThat(NO_LDAP.enabled()).isFalse();
    }
}
