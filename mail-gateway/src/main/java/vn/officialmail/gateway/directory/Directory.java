package vn.officialmail.gateway.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.officialmail.config.directory.Account;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.DirectoryValues;
import vn.officialmail.config.directory.Unit;

/**
 * The directory as the rest of the gateway asks it: which agency a domain belongs to, which unit
 * a mailbox belongs to, whether an address is a unit's shared mailbox, whether a domain is
 * official, which way a message goes. Answers come from memory (a snapshot replaced whole after
 * every import), so lookups cost no database round trip. Addresses and domains may be given in
 * any case; answers are in normal form.
 */
public final class Directory {

    private final DomainPolicy policy;
    private final Set<String> homeAgencies;
    private volatile DirectorySnapshot snapshot;

    /**
     * @param policy the domain policy
     * @param homeAgencies codes of the agencies this gateway serves; empty: every agency
     * @param snapshot the first contents
     */
    public Directory(DomainPolicy policy, Set<String> homeAgencies, DirectorySnapshot snapshot) {
        this.policy = policy;
        this.homeAgencies = Set.copyOf(homeAgencies);
        this.snapshot = snapshot;
    }

    /** A directory of the domain policy alone, with no agencies (tests, tools). */
    public static Directory ofPolicy(DomainPolicy policy) {
        return new Directory(policy, Set.of(), DirectorySnapshot.empty());
    }

    /** Replaces the contents, as after an import; lookups in progress finish on the old ones. */
    void replace(DirectorySnapshot next) {
        this.snapshot = next;
    }

    public Optional<Agency> agencyOf(String domain) {
        return DirectoryValues.normalizedDomain(domain).flatMap(d -> snapshot.agencyOfDomain(d));
    }

    /** The agency of an address: by its unit when it is a known mailbox, else by its domain. */
    public Optional<Agency> agencyOfAddress(String address) {
        DirectorySnapshot current = snapshot;
        return unitOfMailbox(address)
                .flatMap(unit -> current.agency(unit.agencyCode()))
                .or(() -> DirectoryValues.normalizedAddress(address)
                        .flatMap(a -> current.agencyOfDomain(DirectoryValues.domainOf(a))));
    }

    public Optional<Agency> agency(String code) {
        return snapshot.agency(code);
    }

    public Optional<Unit> unit(String code) {
        return snapshot.unit(code);
    }

    /** The unit a mailbox belongs to: the unit whose shared mailbox it is, or the unit of the account. */
    public Optional<Unit> unitOfMailbox(String address) {
        DirectorySnapshot current = snapshot;
        return DirectoryValues.normalizedAddress(address).flatMap(a -> current.unitWithMailbox(a)
                .or(() -> current.account(a).flatMap(account -> current.unit(account.unitCode()))));
    }

    /** The unit whose shared mailbox (hộp thư chung) {@code address} is. */
    public Optional<Unit> unitWithSharedMailbox(String address) {
        DirectorySnapshot current = snapshot;
        return DirectoryValues.normalizedAddress(address).flatMap(current::unitWithMailbox);
    }

    public boolean isUnitSharedMailbox(String address) {
        return unitWithSharedMailbox(address).isPresent();
    }

    public Optional<Account> accountOf(String address) {
        DirectorySnapshot current = snapshot;
        return DirectoryValues.normalizedAddress(address).flatMap(current::account);
    }

    public List<Agency> agencies() {
        return snapshot.agencies();
    }

    /** Every unit, by code. */
    public List<Unit> units() {
        return snapshot.units();
    }

    public List<Unit> unitsOf(String agencyCode) {
        return snapshot.unitsOf(agencyCode);
    }

    /** Every issued account, by address. */
    public List<Account> accounts() {
        return snapshot.accounts();
    }

    public List<Account> accountsOf(String unitCode) {
        return snapshot.accountsOf(unitCode);
    }

    /**
     * The standing of a domain: the configured policy, with the domains of agencies in the
     * directory official too (a deny entry still wins).
     */
    public DomainStanding standing(String domain) {
        DomainStanding configured = policy.standing(domain);
        if (configured.kind() == DomainStanding.Kind.DENIED || configured.isOfficial()) {
            return configured;
        }
        return agencyOf(domain)
                .map(agency -> new DomainStanding(DomainStanding.Kind.OFFICIAL, Optional.of(agency.code())))
                .orElse(configured);
    }

    public boolean isOfficialDomain(String domain) {
        return standing(domain).isOfficial();
    }

    public Optional<String> personalProviderOf(String domain) {
        return policy.personalProviderOf(domain);
    }

    public DomainPolicy policy() {
        return policy;
    }

    /**
     * The home agency of an address: the agency in the directory it belongs to when that is one
     * this gateway serves. While the directory has no agencies, every official domain counts as
     * home (code {@code ""}), as before there was a directory.
     */
    public Optional<String> homeAgencyOf(String address) {
        DirectorySnapshot current = snapshot;
        Optional<String> normalized = DirectoryValues.normalizedAddress(address);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        if (!current.hasAgencies()) {
            String domain = DirectoryValues.domainOf(normalized.get());
            return policy.standing(domain).isOfficial() ? Optional.of("") : Optional.empty();
        }
        if (policy.standing(DirectoryValues.domainOf(normalized.get())).kind() == DomainStanding.Kind.DENIED) {
            return Optional.empty();
        }
        return agencyOfAddress(normalized.get())
                .map(Agency::code)
                .filter(code -> homeAgencies.isEmpty() || homeAgencies.contains(code));
    }

    /** Which way mail from {@code sender} to {@code recipient} goes. */
    public Direction direction(String sender, String recipient) {
        Optional<String> from = homeAgencyOf(sender);
        Optional<String> to = homeAgencyOf(recipient);
        if (from.isPresent() && to.isPresent()) {
            return from.get().equals(to.get()) ? Direction.INTERNAL : Direction.BETWEEN_AGENCIES;
        }
        if (from.isPresent()) {
            return Direction.OUTBOUND;
        }
        return to.isPresent() ? Direction.INBOUND : Direction.EXTERNAL;
    }
}
