package vn.officialmail.gateway.message;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.classification.DocumentClassifications;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.classification.SecretMessages;
import vn.officialmail.gateway.registry.IncomingRegister;
import vn.officialmail.gateway.registry.RegisterEntry;
import vn.officialmail.gateway.registry.ReviewQueue;
import vn.officialmail.gateway.relay.DeliveryStatus;
import vn.officialmail.gateway.relay.RelayQueue;
import vn.officialmail.gateway.users.GatewayUser;

/**
 * {@code GET /api/messages} and {@code GET /api/messages/{id}}. Secret-marked messages are shown
 * only to administrators and compliance officers; to others they do not exist (404, left out of
 * lists). Unit heads and delegates open what search finds for them, their own unit's messages
 * ({@link MessageAccess}); any other message does not exist for them either (404). The list is for
 * the roles that read all mail; unit heads search instead ({@code RouteAccess}).
 */
@RestController
@RequestMapping("/api/messages")
class MessagesController {

    private final MessageRecords records;
    private final IncomingRegister register;
    private final ReviewQueue review;
    private final DocumentClassifications classifications;
    private final RelayQueue relay;
    private final SecretMessages secrets;
    private final MessageAccess access;

    MessagesController(
            MessageRecords records,
            IncomingRegister register,
            ReviewQueue review,
            RelayQueue relay,
            DocumentClassifications classifications,
            SecretMessages secrets,
            MessageAccess access) {
        this.secrets = secrets;
        this.access = access;
        this.classifications = classifications;
        this.records = records;
        this.register = register;
        this.review = review;
        this.relay = relay;
    }

    record Summary(
            long id,
            Instant receivedAt,
            String mailFrom,
            Optional<String> from,
            Optional<String> subject,
            Optional<String> channel,
            String state,
            Optional<String> registerNumber) {}

    record Page(List<Summary> items, long total, int page, int size) {}

    record Detail(
            long id,
            Envelope envelope,
            Headers headers,
            Verdict verdict,
            Optional<DocumentFacts> document,
            Optional<String> registerNumber,
            Optional<String> duplicateOf,
            Optional<ReviewQueue.State> review,
            List<StoredAttachment> attachments,
            Processing processing) {}

    record Envelope(String mailFrom, List<String> recipients, String remoteAddress, String helo, String source) {}

    record Headers(
            Optional<String> messageId, Optional<String> from, Optional<String> subject, Optional<Instant> date) {}

    /**
     * @param channel the sender's channel
     * @param reasons why
     * @param direction which way the mail went, seen from the agency
     * @param recipients the verdict for each recipient
     */
    record Verdict(
            Optional<String> channel,
            List<String> reasons,
            Optional<String> direction,
            List<RecipientJudgement> recipients) {}

    record Processing(
            String state,
            Instant receivedAt,
            Optional<Instant> processedAt,
            Optional<String> errorReason,
            String originalSha256,
            long sizeBytes,
            Optional<DeliveryStatus> delivery) {}

    @GetMapping
    Page list(
            @RequestParam Optional<Instant> from,
            @RequestParam Optional<Instant> to,
            @RequestParam Optional<String> channel,
            @RequestParam Optional<String> sender,
            @RequestParam Optional<String> state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal GatewayUser reader) {
        MessageQuery query;
        try {
            query = new MessageQuery(from, to, channel, sender, state, page, size);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        MessagePage result = records.find(query);
        Set<Long> hidden = reader.seesEverything()
                ? Set.of()
                : secrets.secretAmong(
                        result.items().stream().map(MessageRecord::id).toList());
        return new Page(
                result.items().stream()
                        .filter(r -> !hidden.contains(r.id()))
                        .map(r -> new Summary(
                                r.id(),
                                r.receivedAt(),
                                r.mailFrom(),
                                r.fromAddress(),
                                r.subject(),
                                r.channel(),
                                r.state(),
                                register.entryOf(r.id()).map(RegisterEntry::display)))
                        .toList(),
                result.total() - hidden.size(),
                result.page(),
                result.size());
    }

    @GetMapping("/{id}")
    Detail detail(@PathVariable long id, @AuthenticationPrincipal GatewayUser reader) {
        MessageRecord r = records.findById(id)
                .filter(m -> access.mayRead(reader, m))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no message " + id));
        return new Detail(
                r.id(),
                new Envelope(r.mailFrom(), r.recipients(), r.remoteAddress(), r.helo(), r.source()),
                new Headers(r.messageIdHeader(), r.fromAddress(), r.subject(), r.sentAt()),
                verdict(r),
                classifications.find(r.id()),
                register.entryOf(r.id()).map(RegisterEntry::display),
                register.duplicateOf(r.id()).map(RegisterEntry::display),
                review.stateOf(r.id()),
                records.attachments(r.id()),
                new Processing(
                        r.state(),
                        r.receivedAt(),
                        r.processedAt(),
                        r.errorReason(),
                        r.rawSha256(),
                        r.sizeBytes(),
                        relay.statusOf(r.id())));
    }

    private Verdict verdict(MessageRecord r) {
        MessageRecords.RecipientVerdicts judged = records.recipientVerdicts(r.id())
                .orElse(new MessageRecords.RecipientVerdicts(Optional.empty(), List.of()));
        return new Verdict(r.channel(), r.channelReasons(), judged.direction(), judged.recipients());
    }
}
