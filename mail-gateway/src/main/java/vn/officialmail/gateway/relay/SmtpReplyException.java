package vn.officialmail.gateway.relay;

import java.io.IOException;

/** The next hop refused the session itself (greeting, EHLO and HELO): no transaction was possible. */
final class SmtpReplyException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient SmtpReply reply;

    SmtpReplyException(String message, SmtpReply reply) {
        super(message + ": " + reply);
        this.reply = reply;
    }

    SmtpReply reply() {
        return reply;
    }
}
