package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.policy.HeldMailAlerts;

/**
 * Alerts the compliance officers ({@code recipients}, comma-separated; default {@code
 * gateway.policy.alert-recipients}) and, with {@code unitHeads=true}, the heads of the sender's and the recipients' units (from the directory) that a
 * message is held and why ({@code reason}). Put it in the quarantine processor before {@link
 * HoldInQuarantine}. Sample:
 *
 * <pre>{@code
 * - match: HasSecrecyMark
 *   mailet: AlertOfficers
 *   params:
 *     recipients: "thanhtra@moj.gov.vn, baomat@moj.gov.vn"
 *     unitHeads: true
 *     reason: "văn bản mật gửi qua thư điện tử / secret document sent by e-mail"
 * }</pre>
 */
public final class AlertOfficers extends GenericMailet {

    private final HeldMailAlerts alerts;
    private final Directory directory;
    private List<String> officers = List.of();
    private boolean unitHeads;
    private String reason = "";

    private final List<String> configured;

    public AlertOfficers(HeldMailAlerts alerts, Directory directory, GatewaySettings settings) {
        this.alerts = alerts;
        this.directory = directory;
        this.configured = settings.policy().alertRecipients();
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of("recipients", "unitHeads", "reason"));
        List<String> parsed = new ArrayList<>();
        String given = getInitParameter("recipients", String.join(",", configured));
        for (String address : given.split(",")) {
            if (address.isBlank()) {
                continue;
            }
            try {
                parsed.add(new InternetAddress(address.strip(), true).getAddress());
            } catch (AddressException e) {
                throw new MessagingException("AlertOfficers recipients: '" + address.strip() + "' is not an address");
            }
        }
        officers = List.copyOf(parsed);
        unitHeads = getInitParameter("unitHeads", false);
        reason = getInitParameter("reason", "thư bị giữ lại theo chính sách / held by policy");
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        Set<String> to = new LinkedHashSet<>(officers);
        String sender = mail.getMaybeSender().asString("");
        List<String> recipients =
                mail.getRecipients().stream().map(MailAddress::asString).toList();
        if (unitHeads) {
            List<String> involved = new ArrayList<>(recipients);
            involved.add(sender);
            for (String address : involved) {
                directory.unitOfMailbox(address).flatMap(Unit::head).ifPresent(to::add);
            }
        }
        alerts.alert(
                new HeldMailAlerts.Held(
                        MailFacts.recordId(mail, "AlertOfficers"), sender, recipients, MailFacts.subject(mail), reason),
                List.copyOf(to));
    }

    @Override
    public String getMailetInfo() {
        return "Alerts compliance officers and unit heads about held mail";
    }
}
