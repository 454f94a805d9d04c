package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.registry.DocumentParticulars;
import vn.officialmail.gateway.registry.IncomingRegister;
import vn.officialmail.gateway.registry.ReceiptAcknowledgements;
import vn.officialmail.gateway.registry.Registration;
import vn.officialmail.gateway.registry.ReviewQueue;
import vn.officialmail.gateway.spool.Envelope;

/**
 * Enters the message in the incoming register (Decree 30/2020 Art. 22; REQUIREMENTS.md R5) with
 * the register's columns filled from the classifier (issuer, number and symbol, date, type,
 * summary, urgency). It takes the next gapless number of the year when the message's transaction
 * commits, and the register audits it then; a copy of a registered document is linked to the
 * first entry instead. A document the classifier is unsure of (no type, or a confidence below
 * {@code reviewBelow}, default 0.5) waits in the review queue for a clerk and takes no number
 * yet. With {@code gateway.registry.acknowledge-receipt} the sender is sent the incoming number
 * (Decree 30 Art. 21). Runs after {@link RecordMessage} and {@code ClassifyDocument}. Sample:
 *
 * <pre>{@code
 * - match: IsOfficialChannel
 *   mailet: RegisterDocument
 *   params:
 *     reviewBelow: 0.5
 * }</pre>
 */
public final class RegisterDocument extends GenericMailet {

    private static final String UNCLASSIFIED = "unclassified";

    private final IncomingRegister register;
    private final ReviewQueue review;
    private final ReceiptAcknowledgements acknowledgements;
    private final boolean acknowledge;
    private double reviewBelow;

    public RegisterDocument(
            IncomingRegister register,
            ReviewQueue review,
            ReceiptAcknowledgements acknowledgements,
            GatewaySettings settings) {
        this.register = register;
        this.review = review;
        this.acknowledgements = acknowledgements;
        this.acknowledge = settings.registry().acknowledgeReceipt();
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of("reviewBelow"));
        String value = getInitParameter("reviewBelow", "0.5");
        try {
            reviewBelow = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            reviewBelow = Double.NaN;
        }
        if (!(reviewBelow >= 0 && reviewBelow <= 1)) {
            throw new MessagingException(
                    "RegisterDocument reviewBelow must be a number from 0 to 1, not '" + value + "'");
        }
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        long recordId = MailFacts.recordId(mail, "RegisterDocument");
        Optional<DocumentFacts> facts = MailAttributes.object(mail, MailAttributes.CLASSIFICATION, DocumentFacts.class);
        Optional<String> doubt = facts.flatMap(this::doubt);
        if (doubt.isPresent()) {
            review.enqueue(recordId, doubt.get());
            return;
        }
        Envelope envelope = MailFacts.envelope(mail);
        String subject = MailFacts.subject(mail).orElse("");
        DocumentParticulars document = facts.map(f -> new DocumentParticulars(
                        envelope.mailFrom(),
                        subject,
                        f.issuer(),
                        f.numberSymbol(),
                        f.issuedOn(),
                        f.typeName(),
                        f.subject().or(() -> Optional.of(subject)),
                        String.join(", ", envelope.recipients()),
                        f.urgency().isPresent(),
                        Optional.empty()))
                .orElseGet(() -> DocumentParticulars.of(envelope.mailFrom(), subject));
        Registration registration = register.register(
                recordId,
                MailFacts.rawSha256(mail, MailFacts.raw(mail)),
                document,
                envelope.receivedAt(),
                IncomingRegister.GATEWAY);
        MailAttributes.setObject(mail, MailAttributes.REGISTRATION, registration);
        if (acknowledge && registration.duplicateOf().isEmpty()) {
            jakarta.mail.internet.MimeMessage message = mail.getMessage();
            acknowledgements.acknowledgeAtCommit(
                    registration,
                    envelope.mailFrom(),
                    Optional.of(subject).filter(s -> !s.isEmpty()),
                    Optional.ofNullable(message == null ? null : message.getMessageID()));
        }
    }

    private Optional<String> doubt(DocumentFacts facts) {
        if (UNCLASSIFIED.equals(facts.type())) {
            return Optional.of("Chưa xác định được loại văn bản / the document type is not recognised");
        }
        if (facts.confidence() < reviewBelow) {
            String confidence = String.format(Locale.ROOT, "%.2f", facts.confidence());
            return Optional.of("Độ tin cậy " + confidence + " thấp hơn " + reviewBelow + " / confidence " + confidence
                    + " is below " + reviewBelow);
        }
        return Optional.empty();
    }

    @Override
    public String getMailetInfo() {
        return "Registers official documents in the incoming register, or queues them for review";
    }
}
