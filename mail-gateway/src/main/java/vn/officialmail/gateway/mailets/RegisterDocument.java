package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.directory.Direction;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.registry.DocumentParticulars;
import vn.officialmail.gateway.registry.IncomingRegister;
import vn.officialmail.gateway.registry.ReceiptAcknowledgements;
import vn.officialmail.gateway.registry.RegisterDefinition;
import vn.officialmail.gateway.registry.RegisterDirection;
import vn.officialmail.gateway.registry.Registers;
import vn.officialmail.gateway.registry.Registration;
import vn.officialmail.gateway.registry.ReviewQueue;
import vn.officialmail.gateway.spool.Envelope;
import vn.officialmail.gateway.trust.smime.SmimeResult;
import vn.officialmail.gateway.trust.smime.SmimeStatus;

/**
 * Enters the message in its register (Decree 30/2020 Art. 22; REQUIREMENTS.md R5): mail going out
 * of the agency ({@code OUTBOUND}, e.g. from the submission port) in the outgoing register (sổ đăng
 * ký văn bản đi, Appendix IV.I: number and symbol, date, type and summary, signer — the S/MIME
 * signer —, recipients' bodies, copies = recipients), any other in the incoming register; a document
 * from one agency this gateway serves to another is entered in both, the sender's outgoing register
 * and the recipient agency's incoming register (a doubtful one is reviewed on the incoming side); which
 * register of the direction comes from {@link Registers} (by unit, type, secrecy). Every entry
 * has the register's columns filled from the classifier (issuer, number and symbol, date, type,
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
    private final Registers registers;
    private final Directory directory;
    private double reviewBelow;

    public RegisterDocument(
            IncomingRegister register,
            ReviewQueue review,
            ReceiptAcknowledgements acknowledgements,
            GatewaySettings settings,
            Registers registers,
            Directory directory) {
        this.registers = registers;
        this.directory = directory;
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
        Envelope envelope = MailFacts.envelope(mail);
        List<RegisterDirection> sides =
                sides(MailAttributes.object(mail, MailAttributes.CHANNEL_VERDICT, ChannelVerdict.class));
        Optional<String> doubt = facts.flatMap(this::doubt);
        if (doubt.isPresent()) {
            // One review per message: the receiving side's register (the clerk who must act on it).
            RegisterDirection reviewed = sides.get(sides.size() - 1);
            review.enqueue(recordId, choose(reviewed, envelope, facts).code(), doubt.get());
            return;
        }
        String subject = MailFacts.subject(mail).orElse("");
        DocumentParticulars received = facts.map(f -> new DocumentParticulars(
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
        for (RegisterDirection direction : sides) {
            DocumentParticulars document =
                    direction == RegisterDirection.OUTGOING ? outgoing(mail, envelope, facts, received) : received;
            Registration registration = register.register(
                    choose(direction, envelope, facts).code(),
                    recordId,
                    MailFacts.rawSha256(mail, MailFacts.raw(mail)),
                    document,
                    envelope.receivedAt(),
                    IncomingRegister.GATEWAY);
            // The last side is the receiving one when there are two: its number is the one searched and acknowledged.
            MailAttributes.setObject(mail, MailAttributes.REGISTRATION, registration);
            if (acknowledge
                    && direction == RegisterDirection.INCOMING
                    && registration.duplicateOf().isEmpty()) {
                jakarta.mail.internet.MimeMessage message = mail.getMessage();
                acknowledgements.acknowledgeAtCommit(
                        registration,
                        envelope.mailFrom(),
                        Optional.of(subject).filter(s -> !s.isEmpty()),
                        Optional.ofNullable(message == null ? null : message.getMessageID()));
            }
        }
    }

    /**
     * The registers a document is entered in, sender's side first: mail leaving the agency goes in
     * the outgoing register; mail reaching a home agency in the incoming register. A document from
     * one agency this gateway serves to another (or to another and outside at once) is both: the
     * sender's outgoing register and the recipient agency's incoming register.
     */
    static List<RegisterDirection> sides(Optional<ChannelVerdict> verdict) {
        Direction way = verdict.map(ChannelVerdict::direction).orElse(Direction.INBOUND);
        boolean toAnotherHomeAgency = way == Direction.BETWEEN_AGENCIES
                || verdict.stream()
                        .flatMap(v -> v.recipients().stream())
                        .anyMatch(r -> r.direction() == Direction.BETWEEN_AGENCIES);
        if (way == Direction.OUTBOUND || way == Direction.BETWEEN_AGENCIES) {
            return toAnotherHomeAgency
                    ? List.of(RegisterDirection.OUTGOING, RegisterDirection.INCOMING)
                    : List.of(RegisterDirection.OUTGOING);
        }
        return List.of(RegisterDirection.INCOMING);
    }

    private RegisterDefinition choose(RegisterDirection direction, Envelope envelope, Optional<DocumentFacts> facts) {
        return registers.choose(
                direction,
                unitsOf(envelope, direction),
                facts.map(DocumentFacts::type),
                facts.flatMap(DocumentFacts::secrecy).isPresent());
    }

    /** The units a document concerns: the sender's for outgoing mail, the recipients' for incoming. */
    private List<String> unitsOf(Envelope envelope, RegisterDirection direction) {
        List<String> addresses =
                direction == RegisterDirection.OUTGOING ? List.of(envelope.mailFrom()) : envelope.recipients();
        return addresses.stream()
                .map(directory::unitOfMailbox)
                .flatMap(Optional::stream)
                .map(Unit::code)
                .distinct()
                .toList();
    }

    /**
     * The outgoing register's columns: the issuer defaults to the sender's agency, the recipients
     * are named by their bodies where the directory knows them, a copy went to each recipient, and
     * the signer is the holder of a valid S/MIME signature.
     */
    private DocumentParticulars outgoing(
            Mail mail, Envelope envelope, Optional<DocumentFacts> facts, DocumentParticulars document) {
        LinkedHashSet<String> bodies = new LinkedHashSet<>();
        for (String recipient : envelope.recipients()) {
            bodies.add(directory.agencyOfAddress(recipient).map(Agency::name).orElse(recipient));
        }
        Optional<String> issuer = facts.flatMap(DocumentFacts::issuer)
                .or(() -> directory.agencyOfAddress(envelope.mailFrom()).map(Agency::name));
        Optional<String> signer = MailAttributes.object(mail, MailAttributes.SMIME, SmimeResult.class)
                .filter(result -> result.status() == SmimeStatus.VALID)
                .flatMap(SmimeResult::signer)
                .flatMap(s -> commonName(s.subject()));
        DocumentParticulars withBodies = new DocumentParticulars(
                document.sender(),
                document.subject(),
                issuer,
                document.numberSymbol(),
                document.documentDate(),
                document.typeName(),
                document.summary(),
                String.join("; ", new ArrayList<>(bodies)),
                document.urgent(),
                document.note());
        return withBodies.issued(signer, envelope.recipients().size(), Optional.empty());
    }

    private static Optional<String> commonName(String subject) {
        try {
            return new LdapName(subject)
                    .getRdns().stream()
                            .filter(rdn -> rdn.getType().equalsIgnoreCase("CN"))
                            .map(Rdn::getValue)
                            .map(String::valueOf)
                            .findFirst();
        } catch (InvalidNameException e) {
            return Optional.empty();
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
        return "Registers official documents in the incoming or outgoing register, or queues them for review";
    }
}
