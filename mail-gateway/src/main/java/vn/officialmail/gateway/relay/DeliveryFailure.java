package vn.officialmail.gateway.relay;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * Why one recipient was not delivered, in the terms of a DSN's per-recipient fields (RFC 3464
 * §2.3.4 Status, §2.3.6 Diagnostic-Code; status codes from RFC 3463).
 *
 * @param status the RFC 3463 status, {@code 5.x.x} permanent or {@code 4.x.x} transient
 * @param diagnosticType {@code smtp} for a reply from the next hop, {@code X-Official-Mail} for a
 *     failure seen by the gateway itself (connection, missing original)
 * @param diagnostic the reply or the failure, on one line
 * @param remote whether the next hop said it (a DSN then names it as Remote-MTA)
 */
record DeliveryFailure(String status, String diagnosticType, String diagnostic, boolean remote) {

    static final String LOCAL_TYPE = "X-Official-Mail";

    DeliveryFailure {
        if (!status.matches("[45]\\.\\d{1,3}\\.\\d{1,3}")) {
            throw new IllegalArgumentException("status must be 4.x.x or 5.x.x: " + status);
        }
        diagnostic = oneLine(diagnostic);
    }

    /** A refusal by the next hop: permanent for 5xx, transient otherwise. */
    static DeliveryFailure of(SmtpReply reply) {
        return new DeliveryFailure(reply.status(), "smtp", reply.toString(), true);
    }

    /**
     * A session the next hop would not open or that broke off: always transient, so the attempt
     * is repeated, whatever the reply (a misconfigured or overloaded next hop is not the sender's
     * fault; the attempts still run out).
     */
    static DeliveryFailure ofSession(IOException e, String remote) {
        if (e instanceof SmtpReplyException refused) {
            SmtpReply reply = refused.reply();
            return new DeliveryFailure("4.4.2", "smtp", reply.toString(), true);
        }
        String status;
        if (e instanceof UnknownHostException) {
            status = "4.4.4"; // unable to route
        } else if (e instanceof ConnectException
                || e instanceof NoRouteToHostException
                || e instanceof SocketTimeoutException) {
            status = "4.4.1"; // no answer from host
        } else {
            status = "4.4.2"; // bad connection
        }
        return new DeliveryFailure(status, LOCAL_TYPE, remote + ": " + describe(e), false);
    }

    /** A failure inside the gateway, before the next hop was asked. */
    static DeliveryFailure local(String status, String diagnostic) {
        return new DeliveryFailure(status, LOCAL_TYPE, diagnostic, false);
    }

    boolean permanent() {
        return status.charAt(0) == '5';
    }

    /** {@code diagnostic-type; diagnostic} as in a DSN's Diagnostic-Code field. */
    String diagnosticCode() {
        return diagnosticType + "; " + diagnostic;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
