package vn.officialmail.config.directory;

import java.util.Optional;

/**
 * A unit (đơn vị) of an agency: a department, an office. Its {@code code} is the stable key the
 * users, registers and document handling refer to ({@code unit_code}).
 *
 * @param code the stable key, unique across agencies, e.g. {@code BTP-VP}
 * @param agencyCode the agency it belongs to
 * @param name the full name, NFC, e.g. "Văn phòng Bộ"
 * @param abbreviation the abbreviation used in document symbols (Decree 30/2020 Appendix I), e.g.
 *     {@code VP} in {@code 12/BTP-VP}
 * @param sharedMailbox the unit's shared mailbox (hộp thư chung), official inside its agency only
 * @param head the unit head's mailbox address
 * @param delegate the address of the one person the head delegates to
 */
public record Unit(
        String code,
        String agencyCode,
        String name,
        String abbreviation,
        Optional<String> sharedMailbox,
        Optional<String> head,
        Optional<String> delegate) {

    public Unit {
        code = DirectoryValues.code("code", code);
        agencyCode = DirectoryValues.code("agency", agencyCode);
        name = DirectoryValues.name("name", name);
        abbreviation = DirectoryValues.abbreviation(DirectoryValues.name("abbreviation", abbreviation));
        sharedMailbox = sharedMailbox.map(a -> DirectoryValues.address("mailbox", a));
        head = head.map(a -> DirectoryValues.address("head", a));
        delegate = delegate.map(a -> DirectoryValues.address("delegate", a));
    }
}
