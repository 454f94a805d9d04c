package vn.officialmail.gateway.directory;

import java.util.Optional;
import vn.officialmail.config.directory.Account;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.Unit;

/**
 * Everything the directory knows about one address, as {@code GET /api/directory/lookup} answers
 * it (the console shows it next to a message's sender and recipients).
 *
 * @param address the address in normal form
 * @param standing what the domain policy says about its domain
 * @param rule the pattern, list entry, agency code or provider that decided
 * @param agency the agency it belongs to
 * @param unit its unit (of the shared mailbox or of the account)
 * @param account the issued account, when it is one
 * @param unitSharedMailbox whether it is a unit's shared mailbox
 */
public record MailboxLookup(
        String address,
        DomainStanding.Kind standing,
        Optional<String> rule,
        Optional<Agency> agency,
        Optional<Unit> unit,
        Optional<Account> account,
        boolean unitSharedMailbox) {

    static MailboxLookup of(Directory directory, String address) {
        DomainStanding standing = directory.standing(address.substring(address.lastIndexOf('@') + 1));
        return new MailboxLookup(
                address,
                standing.kind(),
                standing.rule(),
                directory.agencyOfAddress(address),
                directory.unitOfMailbox(address),
                directory.accountOf(address),
                directory.isUnitSharedMailbox(address));
    }
}
