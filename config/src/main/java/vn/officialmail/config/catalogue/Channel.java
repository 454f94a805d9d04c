package vn.officialmail.config.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a kind of document must travel (MOHA Chỉ thị 02/CT-BNV; vn-standards.md §6): by official
 * e-mail, or through the document-management system (eOffice / QLVB).
 */
public enum Channel {
    /** Exchanged by official e-mail: invitations, meeting papers, reports, notices, working drafts. */
    EMAIL("email"),
    /** Managed in the document-management system: direction, plans, incoming and outgoing documents. */
    DOCUMENT_SYSTEM("document-system");

    private final String key;

    Channel(String key) {
        this.key = key;
    }

    /** The spelling used in the YAML catalogue. */
    public String key() {
        return key;
    }

    static Optional<Channel> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(Channel::key).toList();
    }
}
