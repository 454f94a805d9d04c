package vn.officialmail.gateway.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountFormTest {

    private static AccountForm form(String host, TlsMode tls, Integer port, String password, String tokenEndpoint) {
        return new AccountForm(
                "van-thu",
                host,
                port,
                tls,
                "vanthu",
                password,
                tokenEndpoint,
                "client",
                null,
                tokenEndpoint == null ? null : "refresh",
                List.of("INBOX", "Đến"),
                "VP",
                null,
                null,
                null);
    }

    @Test
    void validateShouldDefaultToImplicitTlsOnPort993AndAKeyword() {
        AccountForm.Checked checked =
                form("mail.tuphap.gov.vn", null, null, "pw", null).validate(null);

        assertThat(checked.tls()).isEqualTo(TlsMode.IMPLICIT);
        assertThat(checked.port()).isEqualTo(993);
        assertThat(checked.afterIntake()).isEqualTo(new AfterIntake(AfterIntake.Action.KEYWORD, "$OfficialMailTaken"));
        assertThat(checked.credentials()).isEqualTo(new Credentials.Password("pw"));
    }

    @Test
    void validateShouldRefusePlainTextWhenTheServerIsNotLoopback() {
        assertThatThrownBy(() -> form("mail.tuphap.gov.vn", TlsMode.NONE, 143, "pw", null)
                        .validate(null))
                .hasMessageContaining("tls none is allowed only for a server on this machine")
                .hasMessageContaining("mail.tuphap.gov.vn");
    }

    @Test
    void validateShouldAllowPlainTextWhenTheServerIsLoopback() {
        assertThat(form("127.0.0.1", TlsMode.NONE, 3143, "pw", null)
                        .validate(null)
                        .tls())
                .isEqualTo(TlsMode.NONE);
        assertThat(form("[::1]", TlsMode.NONE, 3143, "pw", null).validate(null).tls())
                .isEqualTo(TlsMode.NONE);
    }

    @Test
    void validateShouldNormaliseFolderNamesToNfc() {
        AccountForm decomposed = new AccountForm(
                "van-thu",
                "127.0.0.1",
                143,
                TlsMode.NONE,
                "vanthu",
                "pw",
                null,
                null,
                null,
                null,
                List.of("D\u0300\u0301en"),
                "VP",
                null,
                null,
                null);

        assertThat(decomposed.validate(null).folders().get(0))
                .isEqualTo(java.text.Normalizer.normalize("D\u0300\u0301en", java.text.Normalizer.Form.NFC));
    }

    @Test
    void validateShouldRefusePortsOutOfRange() {
        assertThatThrownBy(() -> form("127.0.0.1", TlsMode.NONE, 0, "pw", null).validate(null))
                .hasMessageContaining("port must be 1 to 65535: 0");
        assertThatThrownBy(() ->
                        form("127.0.0.1", TlsMode.NONE, 65_536, "pw", null).validate(null))
                .hasMessageContaining("port must be 1 to 65535: 65536");
        assertThat(form("127.0.0.1", TlsMode.NONE, 65_535, "pw", null)
                        .validate(null)
                        .port())
                .isEqualTo(65_535);
    }

    @Test
    void validateShouldRequireASecretWithoutRepeatingIt() {
        assertThatThrownBy(
                        () -> form("127.0.0.1", TlsMode.NONE, 143, null, null).validate(null))
                .hasMessageContaining("password (1 to 4000 characters) or an OAuth2 token endpoint");
    }

    @Test
    void validateShouldKeepTheStoredPasswordWhenAnUpdateLeavesItOut() {
        AccountForm.Checked checked =
                form("127.0.0.1", TlsMode.NONE, 143, null, null).validate(new Credentials.Password("stored"));

        assertThat(checked.credentials()).isEqualTo(new Credentials.Password("stored"));
    }

    @Test
    void validateShouldRefuseAPlainHttpTokenEndpointWhenItIsNotLoopback() {
        assertThatThrownBy(() -> form("127.0.0.1", TlsMode.NONE, 143, null, "http://login.example.vn/token")
                        .validate(null))
                .hasMessageContaining("token-endpoint must be an https URL (http only on loopback)");
        assertThat(form("127.0.0.1", TlsMode.NONE, 143, null, "https://login.example.vn/token")
                        .validate(null)
                        .credentials())
                .isInstanceOf(Credentials.OAuth2.class);
    }

    @Test
    void validateShouldNameTheAllowedActionsWhenTheActionIsUnknown() {
        AccountForm bad = new AccountForm(
                "van-thu",
                "127.0.0.1",
                143,
                TlsMode.NONE,
                "vanthu",
                "pw",
                null,
                null,
                null,
                null,
                null,
                "VP",
                "archive",
                null,
                null);

        assertThatThrownBy(() -> bad.validate(null))
                .hasMessageContaining("after-intake action must be one of [keyword, seen, move, none]: archive");
    }

    @Test
    void toStringShouldNotShowSecrets() {
        AccountForm form = form("127.0.0.1", TlsMode.NONE, 143, "hidden-password", null);

        assertThat(form.toString()).doesNotContain("hidden-password");
        assertThat(form.validate(null).toString()).doesNotContain("hidden-password");
    }
}
