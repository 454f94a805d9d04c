package vn.officialmail.classifier.classify;

import java.util.Objects;

/**
 * The text to classify: one document (an attachment's extracted text) or a message body, with the mail
 * subject when there is one.
 *
 * @param subject the e-mail subject, or empty
 * @param body the text, as extracted (any normalisation, any line breaks)
 */
public record DocumentText(String subject, String body) {

    public DocumentText {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** A document without a mail subject. */
    public static DocumentText of(String body) {
        return new DocumentText("", body);
    }
}
