package vn.officialmail.indexer.index;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Test fixtures: messages with sensible defaults, varied one component at a time. */
final class IndexedMessages {

    static final Instant RECEIVED = Instant.parse("2025-03-10T08:00:00Z");

    private IndexedMessages() {}

    static IndexedMessage message(long id, String subject, String body) {
        return new IndexedMessage(
                id,
                subject,
                body,
                "van.thu@hanoi.gov.vn",
                "hanoi.gov.vn",
                List.of("lanh.dao@sotttt.hanoi.gov.vn"),
                "OFFICIAL",
                RECEIVED,
                Optional.empty(),
                List.of());
    }

    static IndexedMessage withChannel(IndexedMessage m, String channel) {
        return new IndexedMessage(
                m.messageId(),
                m.subject(),
                m.body(),
                m.fromAddress(),
                m.fromDomain(),
                m.recipients(),
                channel,
                m.receivedAt(),
                m.registerNumber(),
                m.attachments());
    }

    static IndexedMessage withReceivedAt(IndexedMessage m, Instant receivedAt) {
        return new IndexedMessage(
                m.messageId(),
                m.subject(),
                m.body(),
                m.fromAddress(),
                m.fromDomain(),
                m.recipients(),
                m.channel(),
                receivedAt,
                m.registerNumber(),
                m.attachments());
    }

    static IndexedMessage withSender(IndexedMessage m, String address, String domain) {
        return new IndexedMessage(
                m.messageId(),
                m.subject(),
                m.body(),
                address,
                domain,
                m.recipients(),
                m.channel(),
                m.receivedAt(),
                m.registerNumber(),
                m.attachments());
    }

    static IndexedMessage withRegisterNumber(IndexedMessage m, String number) {
        return new IndexedMessage(
                m.messageId(),
                m.subject(),
                m.body(),
                m.fromAddress(),
                m.fromDomain(),
                m.recipients(),
                m.channel(),
                m.receivedAt(),
                Optional.of(number),
                m.attachments());
    }

    static IndexedMessage withAttachments(IndexedMessage m, IndexedAttachment... attachments) {
        return new IndexedMessage(
                m.messageId(),
                m.subject(),
                m.body(),
                m.fromAddress(),
                m.fromDomain(),
                m.recipients(),
                m.channel(),
                m.receivedAt(),
                m.registerNumber(),
                List.of(attachments));
    }
}
