package vn.officialmail.config.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Which body of rules a document type belongs to. */
public enum DocumentKind {
    /** Administrative document, Decree 30/2020/NĐ-CP Art. 7 (symbol without the year). */
    ADMINISTRATIVE("administrative"),
    /** Legal normative document (symbol with the year, e.g. 30/2020/NĐ-CP). */
    NORMATIVE("normative"),
    /** Copy form of Decree 30/2020 Appendix III (sao y, trích sao, sao lục). */
    COPY("copy");

    private final String key;

    DocumentKind(String key) {
        this.key = key;
    }

    /** The spelling used in the YAML catalogue. */
    public String key() {
        return key;
    }

    static Optional<DocumentKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(DocumentKind::key).toList();
    }
}
