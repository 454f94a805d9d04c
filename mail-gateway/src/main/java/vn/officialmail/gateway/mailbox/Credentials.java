package vn.officialmail.gateway.mailbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How the gateway logs in to a mailbox. Held decrypted only in memory; {@code toString} hides secrets. */
sealed interface Credentials {

    /** LOGIN / AUTHENTICATE PLAIN with a password. */
    record Password(String password) implements Credentials {
        @Override
        public String toString() {
            return "Password[***]";
        }
    }

    /**
     * AUTHENTICATE XOAUTH2 with a bearer access token, refreshed from the token endpoint.
     *
     * @param accessToken the current access token; empty before the first refresh
     * @param expiresAt when it expires; null when unknown or none yet
     */
    record OAuth2(
            String tokenEndpoint,
            String clientId,
            String clientSecret,
            String refreshToken,
            String accessToken,
            @Nullable Instant expiresAt)
            implements Credentials {

        OAuth2 withAccessToken(String token, @Nullable Instant expires, String refresh) {
            return new OAuth2(tokenEndpoint, clientId, clientSecret, refresh, token, expires);
        }

        @Override
        public String toString() {
            return "OAuth2[tokenEndpoint=" + tokenEndpoint + ", clientId=" + clientId + ", secrets=***]";
        }
    }
}
