package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.content.AttachmentText;
import vn.officialmail.gateway.content.MessageContent;
import vn.officialmail.gateway.handling.PeriodicReports;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Counts an incoming report (type Báo cáo) as the periodic report its unit owes (báo cáo định kỳ,
 * {@code gateway.handling.reports}): the unit is the proven sender's in the directory, the period
 * is read from the subject, the summary, the body or the attachments, and the time it arrived
 * decides whether it was late. Runs after {@code ClassifyDocument}. Sample:
 *
 * <pre>{@code
 * - mailet: RecordPeriodicReport
 * }</pre>
 */
public final class RecordPeriodicReport extends GenericMailet {

    private static final String REPORT = "bao-cao";

    private final PeriodicReports reports;

    public RecordPeriodicReport(PeriodicReports reports) {
        this.reports = reports;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        if (RecordHandlingReply.isAutomatic(mail)) {
            return;
        }
        if (reports.expectations().isEmpty()) {
            return;
        }
        Optional<DocumentFacts> facts = MailAttributes.object(mail, MailAttributes.CLASSIFICATION, DocumentFacts.class)
                .filter(f -> REPORT.equals(f.type()));
        if (facts.isEmpty()) {
            return;
        }
        Optional<String> sender = RecordHandlingReply.provenSender(mail);
        if (sender.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        MailFacts.subject(mail).ifPresent(texts::add);
        facts.get().subject().ifPresent(texts::add);
        MailAttributes.object(mail, MailAttributes.CONTENT, MessageContent.class)
                .map(MessageContent::body)
                .ifPresent(texts::add);
        ExtractedTexts.of(mail).byOrdinal().values().stream()
                .map(AttachmentText::text)
                .filter(t -> t != null && !t.isEmpty())
                .forEach(texts::add);
        reports.record(
                sender.get(),
                texts,
                MailFacts.envelope(mail).receivedAt(),
                MailFacts.recordId(mail, "RecordPeriodicReport"));
    }

    @Override
    public String getMailetInfo() {
        return "Counts incoming reports as the periodic reports units owe";
    }
}
