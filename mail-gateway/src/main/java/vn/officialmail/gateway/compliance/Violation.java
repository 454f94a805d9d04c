package vn.officialmail.gateway.compliance;

import java.time.Instant;
import java.util.Optional;

/**
 * One recorded violation.
 *
 * @param messageId the message record
 * @param kind the rule broken
 * @param direction a {@link vn.officialmail.gateway.directory.Direction}: {@code INBOUND} (to the
 *     agency), {@code OUTBOUND} (from it), {@code INTERNAL}, ...
 * @param sender the From address
 * @param counterpartAddress the outside party: the sender of inbound mail, the personal recipient
 *     of outbound mail
 * @param counterpartDomain its domain
 * @param documentType the catalogue type of the document, if classified
 * @param action what the gateway did: {@code RECORDED}, {@code QUARANTINED}
 * @param unitCode the agency's unit concerned (the sender's for outbound mail, the recipient's for
 *     inbound), when the directory knows the mailbox
 * @param occurredAt when the message was received
 */
public record Violation(
        long messageId,
        ViolationKind kind,
        String direction,
        String sender,
        String counterpartAddress,
        String counterpartDomain,
        Optional<String> documentType,
        String action,
        Optional<String> unitCode,
        Instant occurredAt) {}
