package vn.officialmail.gateway.handling;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.relay.OwnMessages;

/**
 * Requests for comments that arrive by e-mail ({@link ConsultationMail}): checks that the sender
 * belongs to the agency, sends the draft through {@link Consultations}, and answers the sender with
 * the request's number, or with what was wrong, so a mistyped request is never silently lost.
 */
@Service
public final class ConsultationRequests {

    private final Consultations consultations;
    private final Directory directory;
    private final OwnMessages messages;
    private final AuditLog audit;

    public ConsultationRequests(
            Consultations consultations, Directory directory, OwnMessages messages, AuditLog audit) {
        this.consultations = consultations;
        this.directory = directory;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * Opens the request a proven sender wrote. The units receive the mail's attachments ({@code
     * files}: the draft documents), not the request around them; {@code raw}, the original message,
     * is kept with the request, and sent instead only when the mail has no attachment (the draft is
     * then its text).
     */
    public Optional<Long> openByMail(
            ConsultationMail mail,
            String sender,
            List<String> recipients,
            byte[] raw,
            List<OwnMessages.Attachment> files,
            long messageRecordId,
            Optional<String> messageId) {
        if (directory.homeAgencyOf(sender).isEmpty()) {
            audit.record(
                    sender,
                    "consultation-refused",
                    "message",
                    Long.toString(messageRecordId),
                    Map.of("reason", "sender outside the agency"));
            return Optional.empty();
        }
        List<String> units = mail.units().isEmpty()
                ? recipients.stream()
                        .map(directory::unitWithSharedMailbox)
                        .flatMap(Optional::stream)
                        .map(Unit::code)
                        .distinct()
                        .toList()
                : mail.units();
        try {
            if (mail.deadline().isEmpty()) {
                throw new Consultations.InvalidRequestException(
                        "Thiếu dòng \"Hạn góp ý: dd/mm/yyyy\" / the line \"Hạn góp ý: dd/mm/yyyy\" is missing");
            }
            OwnMessages.Attachment original = new OwnMessages.Attachment("du-thao.eml", "message/rfc822", raw);
            long id = consultations.open(
                    new Consultations.Request(
                            mail.title(),
                            units,
                            mail.deadline().get(),
                            Optional.empty(),
                            Optional.of(original),
                            directory.unitOfMailbox(sender).map(Unit::code),
                            Optional.of(messageRecordId),
                            files.isEmpty() ? List.of(original) : files),
                    sender);
            answer(
                    sender,
                    messageId,
                    "Đã gửi đề nghị góp ý #" + id + " / Request for comments #" + id + " sent",
                    "Đề nghị góp ý dự thảo \"" + mail.title() + "\" đã được gửi tới " + units.size()
                            + " đơn vị, số " + id + ". Ý kiến góp ý được tổng hợp tại cổng thư điện tử.\r\n\r\n"
                            + "Your request for comments was sent to " + units.size() + " units as #" + id + ".\r\n");
            return Optional.of(id);
        } catch (Consultations.InvalidRequestException e) {
            audit.record(
                    sender,
                    "consultation-refused",
                    "message",
                    Long.toString(messageRecordId),
                    Map.of("reason", e.getMessage()));
            answer(
                    sender,
                    messageId,
                    "Chưa gửi được đề nghị góp ý / Request for comments not sent",
                    "Đề nghị góp ý dự thảo \"" + mail.title() + "\" chưa được gửi: " + e.getMessage() + "\r\n\r\n"
                            + "Xin sửa và gửi lại. Mẫu: tiêu đề \"[Lấy ý kiến] Dự thảo …\"; trong thư các dòng"
                            + " \"Hạn góp ý: 30/11/2026\" và \"Đơn vị góp ý: VP, PC\".\r\n");
            return Optional.empty();
        }
    }

    private void answer(String sender, Optional<String> messageId, String subject, String text) {
        messages.send(new OwnMessages.Draft("consultation", List.of(sender), subject, text, true, messageId));
    }
}
