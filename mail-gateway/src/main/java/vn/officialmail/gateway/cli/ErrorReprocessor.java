package vn.officialmail.gateway.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.MessageState;
import vn.officialmail.gateway.processing.MessageProcessor;
import vn.officialmail.gateway.spool.Envelope;

/**
 * {@code official-mail reprocess}: runs every message in the error repository through the
 * pipeline again, from its kept original. One that fails again goes back to the repository.
 */
@Component
final class ErrorReprocessor {

    private final MessageRecords records;
    private final BlobStore blobs;
    private final MessageProcessor processor;
    private final TransactionTemplate transactions;

    ErrorReprocessor(
            MessageRecords records, BlobStore blobs, MessageProcessor processor, TransactionTemplate transactions) {
        this.records = records;
        this.blobs = blobs;
        this.processor = processor;
        this.transactions = transactions;
    }

    int reprocessAll(PrintStream out) {
        int done = 0;
        int failedAgain = 0;
        List<Long> ids = records.idsInState(MessageState.ERROR, 100_000);
        for (long id : ids) {
            MessageRecord record = records.findById(id).orElseThrow();
            byte[] raw = original(record);
            transactions.executeWithoutResult(status -> records.deleteFailed(id));
            Envelope envelope = new Envelope(
                    record.mailFrom(),
                    record.recipients(),
                    record.remoteAddress(),
                    record.helo(),
                    record.receivedAt(),
                    record.source());
            MessageProcessor.Outcome outcome = processor.process(record.spoolId(), envelope, raw);
            if (outcome == MessageProcessor.Outcome.FAILED) {
                failedAgain++;
            }
            done++;
        }
        out.printf("reprocessed %d message(s); %d failed again and stay in the error repository%n", done, failedAgain);
        return failedAgain == 0 ? 0 : 1;
    }

    private byte[] original(MessageRecord record) {
        try {
            return blobs.read(record.rawSha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the original of message " + record.id(), e);
        }
    }
}
