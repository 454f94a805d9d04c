package vn.officialmail.gateway.mailbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The secret to log in with right now: the password, or an access token that is refreshed when
 * it expires within a minute (and kept, sealed, for the next login).
 */
@Component
final class MailboxLogins {

    private static final Duration EARLY = Duration.ofMinutes(1);

    private final MailboxAccounts accounts;
    private final OAuth2TokenClient tokens;
    private final Clock clock;

    MailboxLogins(MailboxAccounts accounts, OAuth2TokenClient tokens, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The login secret; for OAuth2 a valid access token. */
    synchronized String secretFor(MailboxAccount account) throws IOException {
        return switch (account.credentials()) {
            case Credentials.Password p -> p.password();
            case Credentials.OAuth2 o -> {
                Credentials.OAuth2 current = accounts.byId(account.id())
                        .map(MailboxAccount::credentials)
                        .filter(Credentials.OAuth2.class::isInstance)
                        .map(Credentials.OAuth2.class::cast)
                        .orElse(o);
                if (!current.accessToken().isEmpty()
                        && current.expiresAt() != null
                        && current.expiresAt().isAfter(clock.instant().plus(EARLY))) {
                    yield current.accessToken();
                }
                Credentials.OAuth2 refreshed = tokens.refresh(current);
                accounts.storeCredentials(account.id(), account.name(), refreshed);
                yield refreshed.accessToken();
            }
        };
    }

    /** After the server refused a token: forget it so the next login refreshes. */
    synchronized void expire(MailboxAccount account) {
        accounts.byId(account.id())
                .map(MailboxAccount::credentials)
                .filter(Credentials.OAuth2.class::isInstance)
                .map(Credentials.OAuth2.class::cast)
                .ifPresent(o -> accounts.storeCredentials(
                        account.id(), account.name(), o.withAccessToken("", null, o.refreshToken())));
    }
}
