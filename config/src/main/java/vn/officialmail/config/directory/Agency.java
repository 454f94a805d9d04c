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
 * @param abbreviation the issuer abbreviation in its document symbols (Decree 30/2020 Appendix I),
 *     e.g. {@code BTP} in {@code 12/BTP-VP}; the code when not given
 */
public record Agency(String code, String name, List<String> domains, String abbreviation) {

    /** An agency whose abbreviation is its code. */
    public Agency(String code, String name, List<String> domains) {
        this(code, name, domains, "");
    }

    public Agency {
        code = DirectoryValues.code("code", code);
        name = DirectoryValues.name("name", name);
        abbreviation =
                DirectoryValues.abbreviation(abbreviation == null || abbreviation.isBlank() ? code : abbreviation);
        Set<String> normalized = new LinkedHashSet<>();
        for (String domain : domains) {
            normalized.add(DirectoryValues.domain("domains", domain));
        }
        domains = List.copyOf(normalized);
    }
}
