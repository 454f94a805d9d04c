package vn.officialmail.gateway.smtp;

import java.util.List;
import java.util.Optional;
import org.subethamail.smtp.AuthenticationHandler;
import org.subethamail.smtp.AuthenticationHandlerFactory;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.RejectException;

/**
 * Answers {@code 454 4.7.0 Temporary authentication failure} (RFC 4954 §6) to an AUTH whose password
 * could not be checked, say because the agency directory is down, so that the client tries again
 * later instead of telling its user the password is wrong. SubEthaSMTP's PLAIN and LOGIN handlers
 * know only {@code 535}: the check signals this case with {@link Unavailable}, which they let through.
 */
final class TemporaryAuthFailure implements AuthenticationHandlerFactory {

    private final AuthenticationHandlerFactory mechanisms;

    TemporaryAuthFailure(AuthenticationHandlerFactory mechanisms) {
        this.mechanisms = mechanisms;
    }

    @Override
    public List<String> getAuthenticationMechanisms() {
        return mechanisms.getAuthenticationMechanisms();
    }

    @Override
    public AuthenticationHandler create() {
        AuthenticationHandler handler = mechanisms.create();
        return new AuthenticationHandler() {
            @Override
            public Optional<String> auth(String clientInput, MessageContext context) throws RejectException {
                try {
                    return handler.auth(clientInput, context);
                } catch (Unavailable e) {
                    throw new RejectException(454, "4.7.0 Temporary authentication failure");
                }
            }

            @Override
            public Object getIdentity() {
                return handler.getIdentity();
            }
        };
    }

    /** Thrown by the password check when it could not decide; becomes the {@code 454}. */
    static final class Unavailable extends RuntimeException {
        Unavailable() {
            super("the password could not be checked", null, false, false);
        }
    }
}
