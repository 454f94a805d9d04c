package vn.officialmail.indexer.extract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything extracted from one attachment: the attachment itself first, then every part found
 * inside it (archive entries, nested messages and their attachments, embedded files) in document
 * order, where an entry that holds entries of its own comes after them ({@code a.tar.gz/a.tar/x.txt}
 * before {@code a.tar.gz/a.tar}); {@link ExtractedPart#depth()} and {@link ExtractedPart#path()}
 * give the tree.
 *
 * @param parts at least one part; the first is the attachment
 */
public record Extraction(List<ExtractedPart> parts) {

    /** Copies the list and checks it is not empty. */
    public Extraction {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an extraction has at least the attachment's own part");
        }
    }

    /**
     * The attachment's own part.
     *
     * @return the first part
     */
    public ExtractedPart attachment() {
        return parts.getFirst();
    }

    /**
     * The text of every part that has some, separated by blank lines, for indexing the attachment as
     * a whole.
     *
     * @return the joined text in NFC
     */
    public String text() {
        return parts.stream()
                .map(ExtractedPart::text)
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }
}
