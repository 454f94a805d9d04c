package vn.officialmail.gateway.processing;

import java.util.Optional;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;

/** The mail attributes the gateway's mailets hand to each other. */
public final class MailAttributes {

    public static final AttributeName MESSAGE_KEY = AttributeName.of("officialmail.message-key");
    /** The SHA-256 of the original, which is also its blob name. */
    public static final AttributeName RAW_SHA256 = AttributeName.of("officialmail.raw-sha256");

    public static final AttributeName RECEIVED_AT = AttributeName.of("officialmail.received-at");
    public static final AttributeName SOURCE = AttributeName.of("officialmail.source");
    public static final AttributeName HELO = AttributeName.of("officialmail.helo");
    /** The SMTP AUTH identity the client logged in with, when it did. */
    public static final AttributeName AUTHENTICATED_USER = AttributeName.of("officialmail.authenticated-user");

    public static final AttributeName MESSAGE_RECORD_ID = AttributeName.of("officialmail.message-record-id");
    public static final AttributeName CHANNEL = AttributeName.of("officialmail.channel");
    public static final AttributeName CHANNEL_VERDICT = AttributeName.of("officialmail.channel-verdict");
    public static final AttributeName CONTENT = AttributeName.of("officialmail.content");
    public static final AttributeName EXTRACTED_TEXT = AttributeName.of("officialmail.extracted-text");
    /** The sender's {@code AuthenticationResults} (SPF, DKIM, DMARC). */
    public static final AttributeName AUTHENTICATION = AttributeName.of("officialmail.authentication");
    /** The {@code SmimeResult} of the message's S/MIME signature (status NONE when unsigned). */
    public static final AttributeName SMIME = AttributeName.of("officialmail.smime");
    /** The classifier's {@code DocumentFacts}: type, legal metadata, secrecy and urgency marks. */
    public static final AttributeName CLASSIFICATION = AttributeName.of("officialmail.classification");
    /** The blob of the copy to relay instead of the original (a tagged copy). */
    public static final AttributeName RELAY_COPY = AttributeName.of("officialmail.relay-copy");
    /** The message's {@code Registration}; its number is assigned when the transaction commits. */
    public static final AttributeName REGISTRATION = AttributeName.of("officialmail.registration");

    private MailAttributes() {}

    public static void setString(Mail mail, AttributeName name, String value) {
        mail.setAttribute(new Attribute(name, AttributeValue.of(value)));
    }

    public static void setLong(Mail mail, AttributeName name, long value) {
        mail.setAttribute(new Attribute(name, AttributeValue.of(value)));
    }

    /** In-process objects (parsed content, verdicts) that never leave the JVM. */
    public static void setObject(Mail mail, AttributeName name, Object value) {
        mail.setAttribute(new Attribute(name, AttributeValue.ofUnserializable(value)));
    }

    public static Optional<String> string(Mail mail, AttributeName name) {
        return mail.getAttribute(name).map(a -> a.getValue().value()).map(String::valueOf);
    }

    public static Optional<Long> longValue(Mail mail, AttributeName name) {
        return mail.getAttribute(name).map(a -> a.getValue().value()).map(v -> ((Number) v).longValue());
    }

    public static <T> Optional<T> object(Mail mail, AttributeName name, Class<T> type) {
        return mail.getAttribute(name)
                .map(a -> a.getValue().value())
                .filter(type::isInstance)
                .map(type::cast);
    }
}
