package vn.officialmail.gateway.mailbox;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One unit mailbox from the configuration ({@code gateway.mailboxes[i].*}); checked like one
 * created through the API ({@link AccountForm#validate}).
 *
 * @param name a short unique name, used in the API and the job list
 * @param host the IMAP server
 * @param port its port; default 993 for implicit TLS, else 143
 * @param tls {@code implicit}, {@code starttls} or {@code none} (loopback only)
 * @param username the login
 * @param password the password, for password login
 * @param oauth2 the OAuth2 client, for XOAUTH2 login instead of a password
 * @param folders the folders to watch
 * @param unit the code of the unit owning the mailbox
 * @param afterIntake {@code keyword} (default), {@code seen}, {@code move} or {@code none}
 * @param afterIntakeArgument the keyword or the target folder
 */
public record MailboxAccountSettings(
        String name,
        String host,
        @Nullable Integer port,
        @DefaultValue("implicit") TlsMode tls,
        String username,
        @Nullable String password,
        @Nullable OAuth2Settings oauth2,
        @DefaultValue("INBOX") List<String> folders,
        String unit,
        @DefaultValue("keyword") String afterIntake,
        @Nullable String afterIntakeArgument) {

    /**
     * The OAuth2 client whose access token is the XOAUTH2 bearer (RFC 6749 §6 refresh).
     *
     * @param tokenEndpoint the authorisation server's token endpoint
     * @param clientId the client id
     * @param clientSecret the client secret, if the client has one
     * @param refreshToken the refresh token granted to the gateway
     */
    public record OAuth2Settings(
            String tokenEndpoint, String clientId, @Nullable String clientSecret, String refreshToken) {

        @Override
        public String toString() {
            return "OAuth2Settings[tokenEndpoint=" + tokenEndpoint + ", clientId=" + clientId + ", secrets=***]";
        }
    }

    /** The form the API and the configuration share, checked in one place. */
    AccountForm toForm() {
        return new AccountForm(
                name,
                host,
                port,
                tls,
                username,
                password,
                oauth2 == null ? null : oauth2.tokenEndpoint(),
                oauth2 == null ? null : oauth2.clientId(),
                oauth2 == null ? null : oauth2.clientSecret(),
                oauth2 == null ? null : oauth2.refreshToken(),
                folders,
                unit,
                afterIntake,
                afterIntakeArgument,
                true);
    }

    @Override
    public String toString() {
        return "MailboxAccountSettings[name=" + name + ", host=" + host + ", port=" + port + ", secrets=***]";
    }
}
