package vn.officialmail.gateway.mailbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Mailbox accounts in the database. Every secret is sealed with {@link SecretCipher} before it
 * is written and opened after it is read, so no SQL here ever sees a plaintext secret.
 */
@Component
final class MailboxAccounts {

    private static final String COLUMNS = "id, name, origin, host, port, tls_mode, username, auth_kind, password_enc,"
            + " token_endpoint, client_id, client_secret_enc, refresh_token_enc, access_token_enc,"
            + " access_token_expires, folders, unit_code, after_action, after_argument, enabled";

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final Clock clock;

    MailboxAccounts(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    List<MailboxAccount> all() {
        return jdbc.sql("select " + COLUMNS + " from mailbox_account where origin <> ? order by name")
                .param(MailboxAccount.RETIRED)
                .query(this::map)
                .list();
    }

    Optional<MailboxAccount> byName(String name) {
        return jdbc.sql("select " + COLUMNS + " from mailbox_account where name = ? and origin <> ?")
                .params(name, MailboxAccount.RETIRED)
                .query(this::map)
                .optional();
    }

    Optional<MailboxAccount> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from mailbox_account where id = ? and origin <> ?")
                .params(id, MailboxAccount.RETIRED)
                .query(this::map)
                .optional();
    }

    long insert(AccountForm.Checked account, String origin) {
        Instant now = clock.instant();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into mailbox_account (name, origin, host, port, tls_mode, username, auth_kind, folders,"
                        + " unit_code, after_action, after_argument, enabled, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        account.name(),
                        origin,
                        account.host(),
                        account.port(),
                        account.tls().name(),
                        account.username(),
                        "PASSWORD",
                        String.join("\n", account.folders()),
                        account.unit(),
                        account.afterIntake().action().name(),
                        account.afterIntake().argument(),
                        account.enabled(),
                        utc(now),
                        utc(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class) != null
                ? keys.getKeyAs(Long.class)
                : keys.getKey().longValue();
        storeCredentials(id, account.name(), account.credentials());
        return id;
    }

    void update(long id, AccountForm.Checked account) {
        jdbc.sql("update mailbox_account set name = ?, host = ?, port = ?, tls_mode = ?, username = ?, folders = ?,"
                        + " unit_code = ?, after_action = ?, after_argument = ?, enabled = ?, updated_at = ?"
                        + " where id = ?")
                .params(
                        account.name(),
                        account.host(),
                        account.port(),
                        account.tls().name(),
                        account.username(),
                        String.join("\n", account.folders()),
                        account.unit(),
                        account.afterIntake().action().name(),
                        account.afterIntake().argument(),
                        account.enabled(),
                        utc(clock.instant()),
                        id)
                .update();
        storeCredentials(id, account.name(), account.credentials());
    }

    /** Keeps a refreshed access token (and a rotated refresh token), sealed. */
    void storeCredentials(long id, String name, Credentials credentials) {
        switch (credentials) {
            case Credentials.Password p ->
                jdbc.sql("update mailbox_account set auth_kind = 'PASSWORD', password_enc = ?,"
                                + " token_endpoint = null, client_id = null, client_secret_enc = null,"
                                + " refresh_token_enc = null, access_token_enc = null, access_token_expires = null"
                                + " where id = ?")
                        .params(cipher.encrypt(p.password(), context(name, "password")), id)
                        .update();
            case Credentials.OAuth2 o ->
                jdbc.sql("update mailbox_account set auth_kind = 'OAUTH2', password_enc = null,"
                                + " token_endpoint = ?, client_id = ?, client_secret_enc = ?, refresh_token_enc = ?,"
                                + " access_token_enc = ?, access_token_expires = ? where id = ?")
                        .params(
                                o.tokenEndpoint(),
                                o.clientId(),
                                cipher.encrypt(o.clientSecret(), context(name, "client-secret")),
                                cipher.encrypt(o.refreshToken(), context(name, "refresh-token")),
                                cipher.encrypt(o.accessToken(), context(name, "access-token")),
                                o.expiresAt() == null ? null : utc(o.expiresAt()),
                                id)
                        .update();
        }
    }

    /**
     * Deletes an account from use: its secrets are erased and its name freed, but the row stays,
     * because receipts of the messages it brought in refer to it.
     */
    boolean retire(long id) {
        return jdbc.sql("update mailbox_account set origin = ?, enabled = false, name = ?, password_enc = null,"
                                + " client_secret_enc = null, refresh_token_enc = null, access_token_enc = null,"
                                + " updated_at = ? where id = ? and origin <> ?")
                        .params(
                                MailboxAccount.RETIRED,
                                "#retired-" + id,
                                utc(clock.instant()),
                                id,
                                MailboxAccount.RETIRED)
                        .update()
                > 0;
    }

    private MailboxAccount map(ResultSet rs, int row) throws SQLException {
        String name = rs.getString("name");
        Credentials credentials = "OAUTH2".equals(rs.getString("auth_kind"))
                ? new Credentials.OAuth2(
                        rs.getString("token_endpoint"),
                        rs.getString("client_id"),
                        open(rs.getString("client_secret_enc"), name, "client-secret"),
                        open(rs.getString("refresh_token_enc"), name, "refresh-token"),
                        open(rs.getString("access_token_enc"), name, "access-token"),
                        Optional.ofNullable(rs.getObject("access_token_expires", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null))
                : new Credentials.Password(open(rs.getString("password_enc"), name, "password"));
        return new MailboxAccount(
                rs.getLong("id"),
                name,
                rs.getString("origin"),
                rs.getString("host"),
                rs.getInt("port"),
                TlsMode.valueOf(rs.getString("tls_mode")),
                rs.getString("username"),
                credentials,
                Arrays.asList(rs.getString("folders").split("\n")),
                rs.getString("unit_code"),
                new AfterIntake(
                        AfterIntake.Action.valueOf(rs.getString("after_action")), rs.getString("after_argument")),
                rs.getBoolean("enabled"));
    }

    private String open(@Nullable String sealed, String name, String field) {
        return sealed == null ? "" : cipher.decrypt(sealed, context(name, field));
    }

    // The account name, not the row id, binds a ciphertext: ids are not known before the insert.
    private static String context(String name, String field) {
        return "mailbox:" + name + ":" + field;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
