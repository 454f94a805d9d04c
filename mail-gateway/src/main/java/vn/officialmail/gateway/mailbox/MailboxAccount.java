package vn.officialmail.gateway.mailbox;

import java.util.List;

/**
 * A stored mailbox account with its credentials decrypted (in memory only).
 *
 * @param origin {@code config} when it comes from {@code gateway.mailboxes}, {@code api} otherwise
 */
record MailboxAccount(
        long id,
        String name,
        String origin,
        String host,
        int port,
        TlsMode tls,
        String username,
        Credentials credentials,
        List<String> folders,
        String unit,
        AfterIntake afterIntake,
        boolean enabled) {

    static final String FROM_CONFIG = "config";
    static final String FROM_API = "api";
    static final String RETIRED = "retired";

    boolean oauth2() {
        return credentials instanceof Credentials.OAuth2;
    }
}
