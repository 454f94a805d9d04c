package vn.officialmail.indexer.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message as the index sees it: the searchable text of the message and its attachments, and the
 * facts to filter and sort on. Indexing the same {@code messageId} again replaces the earlier one.
 *
 * @param messageId the message record's id, the index key
 * @param subject the decoded subject; may be empty
 * @param body the body text (the text part, or the HTML part as text); may be empty
 * @param fromAddress the sender address; matched case-insensitively
 * @param fromDomain the sender domain; matched case-insensitively, parent domains included
 * @param recipients the recipient addresses
 * @param channel the channel the message came in on, for example {@code OFFICIAL}; matched
 *     case-insensitively
 * @param receivedAt when the gateway received it
 * @param registerNumber the register number, for example {@code 123/QĐ-UBND}, if the message was
 *     registered; empty otherwise (never an empty string)
 * @param attachments the attachments with their extracted text
 * @param labels document type, units, secrecy and state ({@link MessageLabels#NONE} when unknown)
 */
public record IndexedMessage(
        long messageId,
        String subject,
        String body,
        String fromAddress,
        String fromDomain,
        List<String> recipients,
        String channel,
        Instant receivedAt,
        Optional<String> registerNumber,
        List<IndexedAttachment> attachments,
        MessageLabels labels) {

    /** Checks every component and copies the lists. */
    public IndexedMessage {
        Objects.requireNonNull(labels, "labels must not be null (use MessageLabels.NONE)");
        Objects.requireNonNull(subject, "subject must not be null (use \"\")");
        Objects.requireNonNull(body, "body must not be null (use \"\")");
        Objects.requireNonNull(fromAddress, "fromAddress must not be null (use \"\")");
        Objects.requireNonNull(fromDomain, "fromDomain must not be null (use \"\")");
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(receivedAt, "receivedAt must not be null");
        Objects.requireNonNull(registerNumber, "registerNumber must not be null (use Optional.empty())");
        if (channel.isBlank()) {
            throw new IllegalArgumentException("channel must not be blank: '" + channel + "'");
        }
        if (registerNumber.isPresent() && registerNumber.get().isBlank()) {
            throw new IllegalArgumentException(
                    "registerNumber must not be blank when present: '" + registerNumber.get() + "'");
        }
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }

    /** A message without labels ({@link MessageLabels#NONE}). */
    public IndexedMessage(
            long messageId,
            String subject,
            String body,
            String fromAddress,
            String fromDomain,
            List<String> recipients,
            String channel,
            Instant receivedAt,
            Optional<String> registerNumber,
            List<IndexedAttachment> attachments) {
        this(
                messageId,
                subject,
                body,
                fromAddress,
                fromDomain,
                recipients,
                channel,
                receivedAt,
                registerNumber,
                attachments,
                MessageLabels.NONE);
    }

    /**
     * The same message with other labels.
     *
     * @param newLabels the labels
     * @return a copy with {@code newLabels}
     */
    public IndexedMessage withLabels(MessageLabels newLabels) {
        return new IndexedMessage(
                messageId,
                subject,
                body,
                fromAddress,
                fromDomain,
                recipients,
                channel,
                receivedAt,
                registerNumber,
                attachments,
                newLabels);
    }

    /**
     * The same message with another register number.
     *
     * @param newRegisterNumber the register number, empty when not registered
     * @return a copy with {@code newRegisterNumber}
     */
    public IndexedMessage withRegisterNumber(Optional<String> newRegisterNumber) {
        return new IndexedMessage(
                messageId,
                subject,
                body,
                fromAddress,
                fromDomain,
                recipients,
                channel,
                receivedAt,
                newRegisterNumber,
                attachments,
                labels);
    }
}
