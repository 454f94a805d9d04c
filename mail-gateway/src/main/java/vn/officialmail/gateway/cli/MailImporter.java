package vn.officialmail.gateway.cli;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.spool.Envelope;
import vn.officialmail.gateway.spool.Spool;

/**
 * {@code official-mail import FILE|DIR}: puts .eml files and mbox mailboxes (RFC 4155) through
 * the same spool and pipeline as SMTP mail, with a progress line, and waits until all is
 * processed. The envelope is rebuilt from the headers (Return-Path/From; To, Cc, Bcc).
 */
@Component
final class MailImporter {

    private static final String UNDISCLOSED = "undisclosed-recipients@import.invalid";

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
                    spool.append(envelopeOf(raw), raw);
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

    private Envelope envelopeOf(byte[] raw) throws MessagingException {
        InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(raw));
        Set<String> recipients = new LinkedHashSet<>();
        for (String name : List.of("To", "Cc", "Bcc")) {
            String value = headers.getHeader(name, ",");
            if (value != null) {
                for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                    if (address.getAddress() != null && address.getAddress().contains("@")) {
                        recipients.add(address.getAddress().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        if (recipients.isEmpty()) {
            recipients.add(UNDISCLOSED);
        }
        return new Envelope(sender(headers), List.copyOf(recipients), "127.0.0.1", "import", clock.instant(), "import");
    }

    private static String sender(InternetHeaders headers) {
        for (String name : List.of("Return-Path", "From")) {
            String value = headers.getHeader(name, ",");
            if (value == null) {
                continue;
            }
            try {
                InternetAddress[] parsed = InternetAddress.parseHeader(value, false);
                if (parsed.length > 0
                        && parsed[0].getAddress() != null
                        && parsed[0].getAddress().contains("@")) {
                    return parsed[0].getAddress();
                }
            } catch (AddressException e) {
                // Try the next header.
            }
        }
        return "";
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
