package vn.officialmail.gateway.relay;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the delivery status notification that tells a sender their mail could not be delivered
 * (RFC 3464): a {@code multipart/report; report-type=delivery-status} message (RFC 6522) with a
 * human-readable part in Vietnamese and English, a {@code message/delivery-status} part with one
 * block per failed recipient, and the original's header as {@code text/rfc822-headers}. The
 * original's body is not returned: it may be long, and it is kept in the gateway.
 *
 * <p>Mail from the null reverse path gets no notification: that is how notifications themselves
 * are sent, and bouncing a bounce could loop for ever (RFC 5321 §4.5.5, RFC 3464 §2).
 */
public final class DeliveryStatusNotification {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter RFC_5322_DATE = DateTimeFormatter.ofPattern(
                    "EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
            .withZone(VIETNAM);
    private static final DateTimeFormatter READABLE_DATE = DateTimeFormatter.ofPattern(
                    "HH:mm:ss dd/MM/yyyy '(UTC+07:00)'", Locale.ROOT)
            .withZone(VIETNAM);
    private static final String SUBJECT = "Thư không gửi được / Undelivered mail returned to sender";
    private static final int MAX_FIELD = 900;

    private final String reportingMta;
    private final String postmaster;

    /**
     * @param reportingMta the gateway's host name, reported as Reporting-MTA
     * @param postmaster the address the notifications come from
     */
    public DeliveryStatusNotification(String reportingMta, String postmaster) {
        if (reportingMta.isBlank() || !isPrintableAscii(reportingMta)) {
            throw new IllegalArgumentException("reporting MTA must be a host name: " + reportingMta);
        }
        try {
            new InternetAddress(postmaster, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("postmaster must be an e-mail address: " + postmaster, e);
        }
        this.reportingMta = reportingMta;
        this.postmaster = postmaster;
    }

    /**
     * One recipient the mail could not be delivered to (RFC 3464 §2.3).
     *
     * @param address the recipient, reported as Final-Recipient
     * @param status the RFC 3463 status: {@code 5.x.x} refused, {@code 4.x.x} retries ran out
     * @param diagnosticCode {@code type; text}, e.g. {@code smtp; 550 5.1.1 no such user}
     * @param remoteMta the next hop that said so, if it was the next hop
     */
    public record FailedRecipient(String address, String status, String diagnosticCode, Optional<String> remoteMta) {

        public FailedRecipient {
            if (!status.matches("[45]\\.\\d{1,3}\\.\\d{1,3}")) {
                throw new IllegalArgumentException("status must be 4.x.x or 5.x.x: " + status);
            }
        }
    }

    /**
     * Builds the notification for mail that failed for some recipients.
     *
     * @param mailFrom the original's envelope sender: the notification goes to it
     * @param original the original message (only its header is included)
     * @param arrivedAt when the gateway accepted the original
     * @param lastAttemptAt when delivery was last attempted
     * @param failed the recipients it could not be delivered to, at least one
     * @return the notification's bytes, or empty for the null reverse path
     */
    public Optional<byte[]> build(
            String mailFrom, byte[] original, Instant arrivedAt, Instant lastAttemptAt, List<FailedRecipient> failed) {
        if (mailFrom.isEmpty()) {
            return Optional.empty(); // never bounce a bounce
        }
        if (failed.isEmpty()) {
            throw new IllegalArgumentException("a delivery status notification needs a failed recipient: " + failed);
        }
        try {
            MimeMessage message = new GatewayMessage("dsn", reportingMta);
            message.setFrom(new InternetAddress(postmaster));
            setTo(message, mailFrom);
            message.setSubject(SUBJECT, StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(lastAttemptAt));
            message.setHeader("Auto-Submitted", "auto-replied"); // RFC 3834 §5
            MimeMultipart report = new ReportMultipart();
            report.addBodyPart(humanReadable(arrivedAt, failed));
            report.addBodyPart(part(deliveryStatus(arrivedAt, lastAttemptAt, failed), "message/delivery-status"));
            report.addBodyPart(part(headerOf(original), "text/rfc822-headers"));
            message.setContent(report);
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return Optional.of(bytes.toByteArray());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot build the delivery status notification to " + mailFrom, e);
        }
    }

    /** To: the envelope sender; kept as given when it is no RFC 5322 address (the envelope still works). */
    private static void setTo(MimeMessage message, String mailFrom) throws MessagingException {
        try {
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mailFrom, false));
        } catch (AddressException e) {
            message.setHeader("To", "<" + mailFrom + ">"); // no line breaks: checked when queued
        }
    }

    private MimeBodyPart humanReadable(Instant arrivedAt, List<FailedRecipient> failed) throws MessagingException {
        String when = READABLE_DATE.format(arrivedAt);
        StringBuilder vi = new StringBuilder()
                .append("Đây là thư tự động của cổng thư điện tử công vụ ")
                .append(reportingMta)
                .append(".\r\n\r\nThư của quý vị, được nhận lúc ")
                .append(when)
                .append(", không chuyển được tới người nhận dưới đây:\r\n\r\n");
        StringBuilder en = new StringBuilder()
                .append("This is an automatic message from the official mail gateway ")
                .append(reportingMta)
                .append(".\r\n\r\nYour message, received at ")
                .append(when)
                .append(", could not be delivered to the recipients below:\r\n\r\n");
        for (FailedRecipient r : failed) {
            boolean refused = r.status().startsWith("5");
            vi.append("  <")
                    .append(r.address())
                    .append(">: ")
                    .append(refused ? "máy chủ nhận đã từ chối thư" : "vẫn không gửi được sau nhiều lần thử lại")
                    .append("\r\n    (")
                    .append(r.diagnosticCode())
                    .append(")\r\n");
            en.append("  <")
                    .append(r.address())
                    .append(">: ")
                    .append(
                            refused
                                    ? "the receiving server refused the message"
                                    : "still undeliverable after repeated attempts")
                    .append("\r\n    (")
                    .append(r.diagnosticCode())
                    .append(")\r\n");
        }
        vi.append("\r\nPhần đầu (header) của thư gốc được đính kèm. Thư gốc vẫn được lưu tại cổng thư.\r\n");
        en.append("\r\nThe original message's header is attached. The original is kept at the gateway.\r\n");
        MimeBodyPart part = new MimeBodyPart();
        part.setText(vi + "\r\n-----\r\n\r\n" + en, StandardCharsets.UTF_8.name());
        return part;
    }

    /** The machine-readable part: per-message fields, then one block per recipient (RFC 3464 §2.1). */
    private byte[] deliveryStatus(Instant arrivedAt, Instant lastAttemptAt, List<FailedRecipient> failed) {
        StringBuilder fields = new StringBuilder()
                .append("Reporting-MTA: dns; ")
                .append(reportingMta)
                .append("\r\n")
                .append("Arrival-Date: ")
                .append(RFC_5322_DATE.format(arrivedAt))
                .append("\r\n");
        for (FailedRecipient r : failed) {
            fields.append("\r\n")
                    .append("Final-Recipient: rfc822; ")
                    .append(ascii(r.address()))
                    .append("\r\n")
                    .append("Action: failed\r\n")
                    .append("Status: ")
                    .append(r.status())
                    .append("\r\n");
            r.remoteMta().ifPresent(mta -> fields.append("Remote-MTA: dns; ")
                    .append(ascii(mta))
                    .append("\r\n"));
            fields.append("Diagnostic-Code: ")
                    .append(ascii(r.diagnosticCode()))
                    .append("\r\n")
                    .append("Last-Attempt-Date: ")
                    .append(RFC_5322_DATE.format(lastAttemptAt))
                    .append("\r\n");
        }
        return fields.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static MimeBodyPart part(byte[] content, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setHeader("Content-Type", type);
        return part;
    }

    /** The original's header section: everything up to and including the empty line (RFC 5322 §2.1). */
    static byte[] headerOf(byte[] original) {
        for (int i = 0; i < original.length; i++) {
            if (original[i] != '\n') {
                continue;
            }
            if (i + 1 < original.length && original[i + 1] == '\n') {
                return Arrays.copyOf(original, i + 2);
            }
            if (i + 2 < original.length && original[i + 1] == '\r' && original[i + 2] == '\n') {
                return Arrays.copyOf(original, i + 3);
            }
        }
        return original; // no body: all of it is header
    }

    /** Field values in a delivery-status part are 7-bit text on one line (RFC 3464 §2.1.1). */
    private static String ascii(String value) {
        StringBuilder clean = new StringBuilder(Math.min(value.length(), MAX_FIELD));
        value.codePoints()
                .limit(MAX_FIELD)
                .forEach(c -> clean.append(c >= 0x20 && c < 0x7f ? (char) c : c == '\t' ? ' ' : '?'));
        return clean.toString();
    }

    private static boolean isPrintableAscii(String s) {
        return s.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** {@code multipart/report} with the {@code report-type} parameter RFC 6522 §3 requires. */
    private static final class ReportMultipart extends MimeMultipart {

        ReportMultipart() {
            super("report");
            contentType = contentType + "; report-type=delivery-status";
        }
    }
}
