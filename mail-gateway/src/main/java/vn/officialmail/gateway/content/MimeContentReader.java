package vn.officialmail.gateway.content;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Walks a message's MIME tree (RFC 2045–2049) into subject, body text and attachments, within
 * bounds: a part that cannot be decoded is noted and skipped, never fatal, so hostile MIME still
 * leaves a kept message.
 */
public final class MimeContentReader {

    private static final int MAX_DEPTH = 20;
    private static final int MAX_PARTS = 1000;
    private static final int MAX_BODY_CHARS = 1_000_000;

    /** Reads the content of {@code message}. */
    public MessageContent read(MimeMessage message) {
        Walk walk = new Walk();
        Optional<String> subject = subject(message, walk);
        walk.visit(message, 0);
        String body = walk.plain.length() > 0 ? walk.plain.toString() : HtmlText.of(walk.html.toString());
        return new MessageContent(subject, nfc(body), walk.attachments, walk.problems);
    }

    private static Optional<String> subject(MimeMessage message, Walk walk) {
        try {
            String raw = message.getHeader("Subject", null);
            if (raw == null) {
                return Optional.empty();
            }
            return Optional.of(nfc(decodeWords(raw)));
        } catch (MessagingException e) {
            walk.problems.add("Subject: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Decodes RFC 2047 words; bytes that are not valid in any charset were already read as Latin-1. */
    static String decodeWords(String raw) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(raw));
        } catch (UnsupportedEncodingException e) {
            return raw;
        }
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static final class Walk {
        private final StringBuilder plain = new StringBuilder();
        private final StringBuilder html = new StringBuilder();
        private final List<AttachmentPart> attachments = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private int parts;

        void visit(Part part, int depth) {
            if (++parts > MAX_PARTS) {
                if (parts == MAX_PARTS + 1) {
                    problems.add("more than " + MAX_PARTS + " MIME parts: the rest is not read");
                }
                return;
            }
            if (depth > MAX_DEPTH) {
                problems.add("MIME nesting deeper than " + MAX_DEPTH + ": not read further");
                return;
            }
            try {
                String type = mediaType(part);
                if (type.startsWith("multipart/")) {
                    Object content = part.getContent();
                    if (content instanceof Multipart multipart) {
                        for (int i = 0; i < multipart.getCount(); i++) {
                            BodyPart child = multipart.getBodyPart(i);
                            visit(child, depth + 1);
                        }
                        return;
                    }
                }
                Optional<String> fileName = fileName(part);
                boolean inlineText = fileName.isEmpty()
                        && !Part.ATTACHMENT.equalsIgnoreCase(disposition(part))
                        && (type.equals("text/plain") || type.equals("text/html"));
                if (inlineText) {
                    appendText(part, type);
                } else {
                    attachments.add(new AttachmentPart(attachments.size(), fileName, type, bytes(part)));
                }
            } catch (MessagingException | IOException | RuntimeException e) {
                problems.add("part " + parts + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        private void appendText(Part part, String type) throws MessagingException, IOException {
            StringBuilder target = type.equals("text/plain") ? plain : html;
            if (target.length() >= MAX_BODY_CHARS) {
                return;
            }
            String text = new String(bytes(part), charsetOf(part));
            if (target.length() > 0) {
                target.append("\n\n");
            }
            target.append(text, 0, Math.min(text.length(), MAX_BODY_CHARS - target.length()));
        }
    }

    private static String mediaType(Part part) throws MessagingException {
        String header = part.getContentType();
        if (header == null) {
            return "text/plain";
        }
        try {
            return new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            return "application/octet-stream";
        }
    }

    private static String disposition(Part part) {
        try {
            String disposition = part.getDisposition();
            return disposition == null ? "" : disposition;
        } catch (MessagingException e) {
            return "";
        }
    }

    private static Optional<String> fileName(Part part) {
        try {
            String name = part.getFileName();
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(nfc(decodeWords(name)));
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static Charset charsetOf(Part part) {
        try {
            String charset = new ContentType(part.getContentType()).getParameter("charset");
            if (charset != null) {
                return Charset.forName(MimeUtility.javaCharset(charset.trim()));
            }
        } catch (MessagingException | RuntimeException e) {
            // An unknown or malformed charset: fall through to UTF-8, the likeliest today.
        }
        return StandardCharsets.UTF_8;
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
