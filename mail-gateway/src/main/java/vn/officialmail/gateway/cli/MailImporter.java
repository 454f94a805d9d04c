package vn.officialmail.gateway.cli;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.spool.HeaderEnvelope;
import vn.officialmail.gateway.spool.Spool;

/**
 * {@code official-mail import FILE|DIR}: puts .eml files and mbox mailboxes (RFC 4155) through
 * the same spool and pipeline as SMTP mail, with a progress line, and waits until all is
 * processed. The envelope is rebuilt from the headers ({@link HeaderEnvelope}).
 */
@Component
final class MailImporter {

    private final Spool spool;
    private final Clock clock;

    MailImporter(Spool spool, Clock clock) {
        this.spool = spool;
        this.clock = clock;
    }

    int importAll(List<Path> operands, PrintStream out) {
        List<Path> files = new ArrayList<>();
        for (Path operand : operands) {
            files.addAll(filesUnder(operand));
        }
        int imported = 0;
        int failed = 0;
        for (Path file : files) {
            try {
                for (byte[] raw : MboxReader.messages(Files.readAllBytes(file))) {
                    spool.append(HeaderEnvelope.of(raw, "127.0.0.1", "import", clock.instant(), "import"), raw);
                    imported++;
                    if (imported % 100 == 0) {
                        out.printf("\rimported %d message(s), %d waiting for processing", imported, spool.pending());
                    }
                }
            } catch (IOException | MessagingException | RuntimeException e) {
                failed++;
                out.printf("%nskipped %s: %s%n", file, e.getMessage());
            }
        }
        waitForProcessing(out, imported);
        out.printf("\rimported %d message(s) from %d file(s); %d file(s) skipped%n", imported, files.size(), failed);
        return failed == 0 ? 0 : 1;
    }

    private void waitForProcessing(PrintStream out, int imported) {
        while (spool.pending() > 0) {
            out.printf("\rimported %d message(s), %d waiting for processing", imported, spool.pending());
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static List<Path> filesUnder(Path operand) {
        if (!Files.isDirectory(operand)) {
            return List.of(operand);
        }
        try (Stream<Path> walk = Files.walk(operand)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + operand, e);
        }
    }
}
