package vn.officialmail.gateway.users;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;

/**
 * Creates the first administrator when there is no account yet: with the configured password,
 * or a random one shown once in the log (it is stored only hashed). It runs once every bean is
 * ready and before the web server and the SMTP listener start, so no request can arrive before
 * the administrator exists.
 */
@Component
final class BootstrapAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserAccounts accounts;
    private final SecuritySettings.BootstrapAdmin settings;

    BootstrapAdmin(UserAccounts accounts, GatewaySettings settings) {
        this.accounts = accounts;
        this.settings = settings.security().bootstrapAdmin();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.count() > 0) {
            return;
        }
        if (settings.password().isPresent()) {
            accounts.create(
                    settings.username(), settings.password().get(), Set.of(Role.ADMINISTRATOR), Optional.empty());
            log.info("Created the administrator '{}' from gateway.security.bootstrap-admin", settings.username());
            return;
        }
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        accounts.create(settings.username(), password, Set.of(Role.ADMINISTRATOR), Optional.empty());
        log.warn(
                "\n\n  Tài khoản quản trị / Administrator account: {}  mật khẩu / password: {}\n"
                        + "  (hiển thị một lần duy nhất / shown only this once)\n",
                settings.username(),
                password);
    }
}
