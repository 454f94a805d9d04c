package vn.officialmail.classifier.message;

import java.util.Objects;

/**
 * One attachment's extracted text.
 *
 * @param fileName the file name as sent, for the reasons ("giay-moi-hop.pdf")
 * @param text the extracted text (any normalisation)
 */
public record Attachment(String fileName, String text) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
    }
}
