package vn.officialmail.gateway.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The notice to someone who sent an official document from a personal mailbox (Directive
 * 02/CT-TTg; REQUIREMENTS.md R1): the message was delivered, but it has no official value; official
 * documents go from a mailbox the agency issued. Vietnamese first, then English.
 */
final class NoOfficialValueNotice {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String SUBJECT = "Thư của quý vị không có giá trị chính thức / Your message has no official standing";

    private NoOfficialValueNotice() {}

    static String text(String to, String host, String domain, Optional<String> subject, Instant receivedAt) {
        String about = subject.map(s -> "\"" + s + "\"").orElse("(không có tiêu đề / no subject)");
        return String.join(
                "\r\n",
                "Kính gửi quý vị,",
                "",
                "Thư " + about + " gửi từ địa chỉ " + to + " lúc " + WHEN.format(receivedAt)
                        + " đã được chuyển đến người nhận.",
                "Tuy nhiên, địa chỉ này thuộc dịch vụ thư điện tử cá nhân (" + domain + "), không phải hộp thư công vụ"
                        + " do cơ quan nhà nước cấp, nên văn bản gửi kèm không có giá trị là văn bản điện tử chính thức.",
                "Đề nghị quý vị gửi lại văn bản từ hộp thư công vụ của cơ quan, đơn vị mình.",
                "",
                "Đây là thư tự động của cổng thư điện tử công vụ " + host + "; xin không trả lời thư này.",
                "",
                "-----",
                "",
                "Dear sender,",
                "",
                "Your message " + about + " sent from " + to + " at " + WHEN.format(receivedAt)
                        + " (Asia/Ho_Chi_Minh) was delivered.",
                "However, this address belongs to a personal mail service (" + domain + "), not to a mailbox"
                        + " issued by a state agency, so the document it carries has no standing as an official"
                        + " electronic document.",
                "Please send the document again from your agency's official mailbox.",
                "",
                "This is an automatic message from the official mail gateway " + host + "; please do not reply.",
                "");
    }
}
