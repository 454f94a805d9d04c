package vn.officialmail.gateway.web;

import java.util.Optional;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API authentication.
 *
 * @param bootstrapAdmin the first administrator; without it a random password is generated and
 *     printed once at first start
 */
public record SecuritySettings(@DefaultValue BootstrapAdmin bootstrapAdmin) {

    /**
     * The first administrator account.
     *
     * @param username its name
     * @param password its password (pass it through the environment, never the repository)
     */
    public record BootstrapAdmin(@DefaultValue("admin") String username, Optional<String> password) {

        public BootstrapAdmin {
            password = password == null ? Optional.empty() : password.filter(p -> !p.isEmpty());
        }
    }
}
