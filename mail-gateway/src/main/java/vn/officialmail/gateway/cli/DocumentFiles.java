package vn.officialmail.gateway.cli;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import vn.officialmail.classifier.normalize.VietnameseBytes;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.classification.DocumentFactsClassifier;
import vn.officialmail.gateway.content.AttachmentPart;
import vn.officialmail.gateway.content.AttachmentText;
import vn.officialmail.gateway.content.ContentExtraction;
import vn.officialmail.gateway.content.MessageContent;

/**
 * Classifies a file as the pipeline would: an .eml as a whole message (subject, body, attachments),
 * a plain text or Markdown file decoded from UTF-8, windows-1258 or VISCII, and anything else
 * (.pdf, .docx, …) as an attachment whose text Tika extracts.
 */
final class DocumentFiles {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private final ContentExtraction extraction;
    private final DocumentFactsClassifier classifier;

    DocumentFiles(ContentExtraction extraction, DocumentFactsClassifier classifier) {
        this.extraction = extraction;
        this.classifier = classifier;
    }

    /** A file read as the pipeline reads a message: its parts and each attachment's extracted text. */
    record Document(MessageContent content, Map<Integer, AttachmentText> texts) {

        /** All the text, as the classifier reads it: body, then each attachment's text. */
        String text() {
            StringBuilder text = new StringBuilder(content.body());
            texts.values().forEach(part -> text.append('\n').append(part.text()));
            return text.toString();
        }
    }

    /** Reads and extracts a file once, for callers that need both its facts and its text. */
    Document read(Path file) throws IOException {
        MessageContent content = parse(file);
        return new Document(content, extraction.texts(content));
    }

    DocumentFacts classify(Path file) throws IOException {
        return classify(read(file));
    }

    DocumentFacts classify(Document document) {
        return classifier.classify(document.content(), document.texts());
    }

    private MessageContent parse(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".eml")) {
            try {
                return extraction.read(new MimeMessage(SESSION, new ByteArrayInputStream(bytes)));
            } catch (MessagingException e) {
                throw new IOException("not a readable message: " + e.getMessage(), e);
            }
        }
        if (lower.endsWith(".txt") || lower.endsWith(".md")) {
            return new MessageContent(Optional.empty(), VietnameseBytes.decode(bytes), List.of(), List.of());
        }
        return new MessageContent(
                Optional.empty(),
                "",
                List.of(new AttachmentPart(0, Optional.of(name), "application/octet-stream", bytes)),
                List.of());
    }
}
