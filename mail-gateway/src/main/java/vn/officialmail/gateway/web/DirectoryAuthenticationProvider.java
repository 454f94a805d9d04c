package vn.officialmail.gateway.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.users.UserAccounts;

/**
 * Logs in directory accounts ({@link GatewayUser#directoryAccount()}) by a bind to the agency
 * directory; the roles and unit still come from the gateway's own account. Other accounts are
 * left to the local password check (it answers {@code null} for them).
 */
final class DirectoryAuthenticationProvider implements AuthenticationProvider {

    private final UserAccounts accounts;
    private final DirectoryBind directory;

    DirectoryAuthenticationProvider(UserAccounts accounts, DirectoryBind directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        GatewayUser user = accounts.find(authentication.getName())
                .filter(GatewayUser::directoryAccount)
                .orElse(null);
        if (user == null) {
            return null;
        }
        if (!user.enabled()) {
            throw new DisabledException("account disabled");
        }
        Object credentials = authentication.getCredentials();
        if (!directory.bind(user.username(), credentials == null ? "" : credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
