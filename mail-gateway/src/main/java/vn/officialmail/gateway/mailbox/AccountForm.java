package vn.officialmail.gateway.mailbox;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox account as given by an administrator (API body or configuration), before it is
 * checked. Secrets left empty on an update keep the stored ones.
 *
 * @param enabled whether intake reads this mailbox
 */
record AccountForm(
        @Nullable String name,
        @Nullable String host,
        @Nullable Integer port,
        @Nullable TlsMode tls,
        @Nullable String username,
        @Nullable String password,
        @Nullable String tokenEndpoint,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Nullable String refreshToken,
        @Nullable List<String> folders,
        @Nullable String unit,
        @Nullable String afterIntake,
        @Nullable String afterIntakeArgument,
        @Nullable Boolean enabled) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]]{1,255}");
    private static final int MAX_FOLDERS = 50;
    private static final int MAX_SECRET = 4000;

    /** What an account becomes once checked; secrets still in plain text (encrypted by {@link MailboxAccounts}). */
    record Checked(
            String name,
            String host,
            int port,
            TlsMode tls,
            String username,
            Credentials credentials,
            List<String> folders,
            String unit,
            AfterIntake afterIntake,
            boolean enabled) {}

    /**
     * Checks every field and names the bad one; {@code existing} supplies secrets an update leaves out.
     *
     * @throws IllegalArgumentException naming the field, the value (never a secret) and what is allowed
     */
    Checked validate(@Nullable Credentials existing) {
        String checkedName = nfc(name);
        if (!NAME.matcher(checkedName).matches()) {
            throw new MailboxProblem("name.invalid", checkedName);
        }
        String checkedHost = nfc(host);
        if (!HOST.matcher(checkedHost).matches()) {
            throw new MailboxProblem("host.invalid", checkedHost);
        }
        TlsMode mode = tls == null ? TlsMode.IMPLICIT : tls;
        if (mode == TlsMode.NONE && !isLoopback(checkedHost)) {
            throw new MailboxProblem("tls.none-not-loopback", checkedHost);
        }
        int checkedPort = port == null ? (mode == TlsMode.IMPLICIT ? 993 : 143) : port;
        if (checkedPort < 1 || checkedPort > 65_535) {
            throw new MailboxProblem("port.range", checkedPort);
        }
        String login = nfc(username);
        if (login.isEmpty() || login.length() > 320) {
            throw new MailboxProblem("username.length");
        }
        List<String> checkedFolders = folders(folders);
        String checkedUnit = nfc(unit);
        if (checkedUnit.isEmpty() || checkedUnit.length() > 64) {
            throw new MailboxProblem("unit.length");
        }
        AfterIntake after = AfterIntake.of(afterIntake, afterIntakeArgument);
        return new Checked(
                checkedName,
                checkedHost,
                checkedPort,
                mode,
                login,
                credentials(existing),
                checkedFolders,
                checkedUnit,
                after,
                enabled == null || enabled);
    }

    private Credentials credentials(@Nullable Credentials existing) {
        boolean wantsOAuth = !nfc(tokenEndpoint).isEmpty()
                || !nfc(refreshToken).isEmpty()
                || (existing instanceof Credentials.OAuth2 && nfc(password).isEmpty());
        if (!wantsOAuth) {
            String secret = password == null || password.isEmpty()
                    ? (existing instanceof Credentials.Password p ? p.password() : "")
                    : password;
            if (secret.isEmpty() || secret.length() > MAX_SECRET) {
                throw new MailboxProblem("password.required");
            }
            return new Credentials.Password(secret);
        }
        Credentials.OAuth2 previous = existing instanceof Credentials.OAuth2 o ? o : null;
        String endpoint =
                nfc(tokenEndpoint).isEmpty() && previous != null ? previous.tokenEndpoint() : nfc(tokenEndpoint);
        checkEndpoint(endpoint);
        String client = nfc(clientId).isEmpty() && previous != null ? previous.clientId() : nfc(clientId);
        if (client.isEmpty() || client.length() > 500) {
            throw new MailboxProblem("client-id.length");
        }
        String secret = clientSecret == null || clientSecret.isEmpty()
                ? (previous == null ? "" : previous.clientSecret())
                : clientSecret;
        String refresh = refreshToken == null || refreshToken.isEmpty()
                ? (previous == null ? "" : previous.refreshToken())
                : refreshToken;
        if (refresh.isEmpty() || refresh.length() > MAX_SECRET || secret.length() > MAX_SECRET) {
            throw new MailboxProblem("refresh-token.required");
        }
        boolean sameGrant = previous != null && previous.refreshToken().equals(refresh);
        return new Credentials.OAuth2(
                endpoint,
                client,
                secret,
                refresh,
                sameGrant ? previous.accessToken() : "",
                sameGrant ? previous.expiresAt() : null);
    }

    private static void checkEndpoint(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean https = scheme.equals("https");
            boolean loopbackHttp = scheme.equals("http") && uri.getHost() != null && isLoopback(uri.getHost());
            if (!(https || loopbackHttp) || endpoint.length() > 2000) {
                throw new MailboxProblem("token-endpoint.invalid", endpoint);
            }
        } catch (URISyntaxException e) {
            throw new MailboxProblem("token-endpoint.invalid", endpoint);
        }
    }

    private static List<String> folders(@Nullable List<String> given) {
        List<String> result = new ArrayList<>();
        for (String folder : given == null || given.isEmpty() ? List.of("INBOX") : given) {
            String name = nfc(folder);
            if (name.isEmpty() || name.length() > 500) {
                throw new MailboxProblem("folder.length", name);
            }
            if (!result.contains(name)) {
                result.add(name);
            }
        }
        if (result.size() > MAX_FOLDERS) {
            throw new MailboxProblem("folders.too-many", MAX_FOLDERS, result.size());
        }
        return List.copyOf(result);
    }

    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are judged, so checking never sends a DNS query.
        if (!bare.matches("[0-9.]+|[0-9A-Fa-f:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String nfc(@Nullable String value) {
        return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    @Override
    public String toString() {
        return "AccountForm[name=" + name + ", host=" + host + ", secrets=***]";
    }
}
