package vn.officialmail.gateway.policy;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.relay.GatewayMessage;
import vn.officialmail.gateway.relay.RelayQueue;

/**
 * Alerts about held mail (a secret document sent by e-mail, a spoofed sender) to the compliance
 * officers and unit heads: who sent it to whom, when, why it is held and where to decide. Never the
 * content: the alert itself travels by e-mail.
 */
@Component
public final class HeldMailAlerts {

    private final RelayQueue queue;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final String postmaster;
    private final String host;

    public HeldMailAlerts(RelayQueue queue, BlobStore blobs, AuditLog audit, GatewaySettings settings) {
        this.queue = queue;
        this.blobs = blobs;
        this.audit = audit;
        this.postmaster = settings.relay().postmaster();
        this.host = settings.smtp().hostName();
    }

    /** What the alert says about the held message. */
    public record Held(
            long messageRecordId, String sender, List<String> recipients, Optional<String> subject, String reason) {}

    /** Queues one alert to all {@code to} (in the caller's transaction); nothing when there is no one to tell. */
    public void alert(Held held, List<String> to) {
        if (to.isEmpty()) {
            return;
        }
        String text = String.join(
                "\r\n",
                "Cổng thư điện tử công vụ " + host + " đã giữ lại một thư:",
                "",
                "  Lý do:      " + held.reason(),
                "  Người gửi:  " + (held.sender().isEmpty() ? "<>" : held.sender()),
                "  Người nhận: " + String.join(", ", held.recipients()),
                "  Tiêu đề:    " + held.subject().orElse("(không có)"),
                "  Mã thư:     " + held.messageRecordId(),
                "",
                "Thư không được chuyển đi. Cán bộ phụ trách tuân thủ xem và quyết định (cho đi hoặc từ chối, có ghi lý do)"
                        + " tại GET /api/quarantine, POST /api/quarantine/" + held.messageRecordId()
                        + "/release hoặc /reject.",
                "",
                "-----",
                "The official mail gateway " + host + " has held a message (id " + held.messageRecordId()
                        + "): " + held.reason() + ". It was not delivered; a compliance officer releases or rejects it,"
                        + " with a reason, through /api/quarantine.",
                "");
        try {
            MimeMessage message = new GatewayMessage("alert", host);
            message.setFrom(new InternetAddress(postmaster));
            message.setRecipients(Message.RecipientType.TO, addresses(to));
            message.setSubject("[Cảnh báo / Alert] Thư bị giữ lại / Message held: " + held.reason(), "UTF-8");
            message.setSentDate(new Date());
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setText(text, StandardCharsets.UTF_8.name());
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            queue.enqueueBlob(blobs.put(bytes.toByteArray()), "", to);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot build the alert about message " + held.messageRecordId(), e);
        }
        audit.record(
                "gateway",
                "held-mail-alerted",
                "message",
                Long.toString(held.messageRecordId()),
                Map.of("to", String.join(",", to)));
    }

    private static InternetAddress[] addresses(List<String> to) throws AddressException {
        InternetAddress[] addresses = new InternetAddress[to.size()];
        for (int i = 0; i < to.size(); i++) {
            addresses[i] = new InternetAddress(to.get(i), true);
        }
        return addresses;
    }
}
