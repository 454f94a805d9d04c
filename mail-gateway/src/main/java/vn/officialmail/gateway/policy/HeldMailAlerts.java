package vn.officialmail.gateway.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.relay.OwnMessages;

/**
 * Alerts about held mail (a secret document sent by e-mail, a spoofed sender) to the compliance
 * officers and unit heads: who sent it to whom, when, why it is held and where to decide. Never the
 * content: the alert itself travels by e-mail.
 */
@Component
public final class HeldMailAlerts {

    private final OwnMessages messages;
    private final AuditLog audit;

    public HeldMailAlerts(OwnMessages messages, AuditLog audit) {
        this.messages = messages;
        this.audit = audit;
    }

    /** What the alert says about the held message. */
    public record Held(
            long messageRecordId, String sender, List<String> recipients, Optional<String> subject, String reason) {}

    /** Queues one alert to all {@code to} (in the caller's transaction); nothing when there is no one to tell. */
    public void alert(Held held, List<String> to) {
        if (to.isEmpty()) {
            return;
        }
        String host = messages.host();
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
        messages.send(new OwnMessages.Draft(
                "alert",
                to,
                "[Cảnh báo / Alert] Thư bị giữ lại / Message held: " + held.reason(),
                text,
                false,
                Optional.empty()));
        audit.record(
                "gateway",
                "held-mail-alerted",
                "message",
                Long.toString(held.messageRecordId()),
                Map.of("to", String.join(",", to)));
    }
}
