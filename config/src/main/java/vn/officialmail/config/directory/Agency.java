package vn.officialmail.config.directory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An agency (cơ quan): a ministry, a provincial People's Committee, a department with its own
 * mail domain.
 *
 * @param code the stable key, e.g. the edXML organ code {@code 000.00.00.G12} or {@code BTP}
 * @param name the full name, NFC, e.g. "Bộ Tư pháp"
 * @param domains the mail domains it issues mailboxes under, e.g. {@code moj.gov.vn}; may be empty
 */
public record Agency(String code, String name, List<String> domains) {

    public Agency {
        code = DirectoryValues.code("code", code);
        name = DirectoryValues.name("name", name);
        Set<String> normalized = new LinkedHashSet<>();
        for (String domain : domains) {
            normalized.add(DirectoryValues.domain("domains", domain));
        }
        domains = List.copyOf(normalized);
    }
}
