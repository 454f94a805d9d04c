package vn.officialmail.gateway.dossier;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.GatewaySettings;

/**
 * The agency's file plan, checked at start: an agency code of the QCVN 102 form when there is a
 * plan, and each notation once. A dossier's code is {@code agency code.year.notation}.
 */
@Service
public final class FilePlan {

    private static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[0-9A-Z]{3}");

    private final String agencyCode;
    private final List<FilePlanItem> items;

    @Autowired
    public FilePlan(GatewaySettings settings) {
        this(settings.dossiers());
    }

    public FilePlan(DossierSettings settings) {
        this.items = settings.filePlan();
        String code = settings.agencyCode() == null ? "" : settings.agencyCode().strip();
        if (!items.isEmpty() && !AGENCY_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("gateway.dossiers.agency-code '" + code
                    + "' must be the agency's 13-character identifier, e.g. 000.00.00.G09");
        }
        this.agencyCode = code;
        Set<String> seen = new HashSet<>();
        for (FilePlanItem item : items) {
            if (!seen.add(item.notation())) {
                throw new IllegalArgumentException(
                        "gateway.dossiers.file-plan: notation '" + item.notation() + "' is planned twice");
            }
        }
    }

    public String agencyCode() {
        return agencyCode;
    }

    public List<FilePlanItem> items() {
        return items;
    }

    /** The dossier code of a heading in a year (FileCode: OrganId.FileCatalog.FileNotation). */
    public String codeOf(FilePlanItem item, int year) {
        return agencyCode + "." + year + "." + item.notation();
    }

    /** The heading and year of a dossier code, when the plan has it. */
    public Optional<Planned> find(String code) {
        String prefix = agencyCode + ".";
        if (!code.startsWith(prefix) || code.length() < prefix.length() + 6) {
            return Optional.empty();
        }
        String yearText = code.substring(prefix.length(), prefix.length() + 4);
        if (!yearText.chars().allMatch(Character::isDigit) || code.charAt(prefix.length() + 4) != '.') {
            return Optional.empty();
        }
        String notation = code.substring(prefix.length() + 5);
        return items.stream()
                .filter(item -> item.notation().equals(notation))
                .findFirst()
                .map(item -> new Planned(item, Integer.parseInt(yearText)));
    }

    /** A heading of the plan in one year. */
    public record Planned(FilePlanItem item, int year) {}
}
