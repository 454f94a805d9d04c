package vn.officialmail.gateway.container;

import jakarta.mail.MessagingException;
import org.apache.mailet.Mail;

/**
 * Where the container hands mail that mailets create (through {@link
 * org.apache.mailet.MailetContext#sendMail} or a bounce): the gateway spools it durably and
 * processes it like received mail, starting in the given state.
 */
@FunctionalInterface
public interface MailSubmission {

    /**
     * Accepts a new mail for processing.
     *
     * @param mail the mail, owned by the submission from now on
     * @param state the processor it starts in, {@code root} unless a mailet asked otherwise
     * @throws MessagingException when the mail cannot be stored; the calling mailet fails with it
     */
    void submit(Mail mail, String state) throws MessagingException;
}
