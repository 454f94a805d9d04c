package vn.officialmail.gateway.mailbox;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;

/**
 * Opens an authenticated IMAP store for an account: implicit TLS or required STARTTLS with the
 * server's name checked against its certificate, plain text only to loopback, and a password or
 * an XOAUTH2 bearer token (Google's and Microsoft's SASL XOAUTH2) as login.
 */
@Component
final class ImapConnector {

    private final MailboxSettings settings;
    private final MailboxLogins logins;
    private final @Nullable SSLSocketFactory sockets;

    ImapConnector(GatewaySettings gateway, MailboxLogins logins) {
        this.settings = gateway.mailbox();
        this.logins = logins;
        this.sockets = settings.trustStore() == null ? null : socketFactory(settings);
    }

    /** A connected store; the caller closes it. */
    Store connect(MailboxAccount account) throws MessagingException, IOException {
        return connect(account, settings.timeout());
    }

    /** A connected store whose reads wait up to {@code readTimeout} (long for IDLE). */
    Store connect(MailboxAccount account, Duration readTimeout) throws MessagingException, IOException {
        String protocol = account.tls() == TlsMode.IMPLICIT ? "imaps" : "imap";
        Session session = Session.getInstance(properties(account, protocol, readTimeout));
        Store store = session.getStore(protocol);
        try {
            store.connect(account.host(), account.port(), account.username(), logins.secretFor(account));
        } catch (AuthenticationFailedException e) {
            // A token the server refuses may be revoked early: the next login asks for a new one.
            logins.expire(account);
            throw new MessagingException("Login to mailbox " + account.name() + " (" + account.username() + "@"
                    + account.host() + ") refused: " + e.getMessage());
        }
        return store;
    }

    private Properties properties(MailboxAccount account, String protocol, Duration readTimeout) {
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        long timeout = settings.timeout().toMillis();
        props.put(p + "connectiontimeout", Long.toString(timeout));
        props.put(p + "timeout", Long.toString(readTimeout.toMillis()));
        props.put(p + "writetimeout", Long.toString(timeout));
        // Bodies are read whole with BODY.PEEK[] (RawBodies), never in partial chunks.
        props.put(p + "partialfetch", "false");
        props.put(p + "peek", "true");
        if (account.tls() != TlsMode.NONE) {
            props.put(p + "ssl.checkserveridentity", "true");
            if (sockets != null) {
                props.put(p + "ssl.socketFactory", sockets);
            }
        }
        if (account.tls() == TlsMode.STARTTLS) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (account.oauth2()) {
            props.put(p + "auth.mechanisms", "XOAUTH2");
            props.put(p + "auth.login.disable", "true");
            props.put(p + "auth.plain.disable", "true");
        }
        return props;
    }

    private static SSLSocketFactory socketFactory(MailboxSettings settings) {
        try (InputStream in = Files.newInputStream(settings.trustStore())) {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(in, settings.trustStorePassword().toCharArray());
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gateway.mailbox.trust-store " + settings.trustStore(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "gateway.mailbox.trust-store " + settings.trustStore() + " is not a PKCS#12 trust store", e);
        }
    }
}
