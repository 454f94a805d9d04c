package vn.officialmail.gateway.directory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.officialmail.config.directory.Account;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.Unit;

/**
 * The whole directory at one moment, indexed for the lookups every message makes; immutable, so
 * a lookup never sees half an import.
 */
public final class DirectorySnapshot {

    private static final DirectorySnapshot EMPTY = new DirectorySnapshot(List.of(), List.of(), List.of());

    private final Map<String, Agency> agencies;
    private final Map<String, String> agencyByDomain;
    private final Map<String, Unit> units;
    private final Map<String, Unit> unitByMailbox;
    private final Map<String, Account> accounts;
    private final Map<String, List<Unit>> unitsByAgency;
    private final Map<String, List<Account>> accountsByUnit;

    public DirectorySnapshot(List<Agency> agencies, List<Unit> units, List<Account> accounts) {
        this.agencies = sorted(agencies, Agency::code);
        this.units = sorted(units, Unit::code);
        this.accounts = sorted(accounts, Account::address);
        this.agencyByDomain = new LinkedHashMap<>();
        agencies.forEach(a -> a.domains().forEach(d -> agencyByDomain.put(d, a.code())));
        this.unitByMailbox = new LinkedHashMap<>();
        units.forEach(u -> u.sharedMailbox().ifPresent(m -> unitByMailbox.put(m, u)));
        this.unitsByAgency = this.units.values().stream().collect(Collectors.groupingBy(Unit::agencyCode));
        this.accountsByUnit = this.accounts.values().stream().collect(Collectors.groupingBy(Account::unitCode));
    }

    public static DirectorySnapshot empty() {
        return EMPTY;
    }

    private static <T> Map<String, T> sorted(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparing(key)).forEach(item -> map.put(key.apply(item), item));
        return map;
    }

    /** The agency owning {@code domain} or the nearest parent domain (ttpl.moj.gov.vn → moj.gov.vn). */
    Optional<Agency> agencyOfDomain(String domain) {
        String candidate = domain;
        while (true) {
            String code = agencyByDomain.get(candidate);
            if (code != null) {
                return Optional.ofNullable(agencies.get(code));
            }
            int dot = candidate.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            candidate = candidate.substring(dot + 1);
        }
    }

    Optional<Agency> agency(String code) {
        return Optional.ofNullable(agencies.get(code));
    }

    Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    Optional<Unit> unitWithMailbox(String address) {
        return Optional.ofNullable(unitByMailbox.get(address));
    }

    Optional<Account> account(String address) {
        return Optional.ofNullable(accounts.get(address));
    }

    List<Agency> agencies() {
        return List.copyOf(agencies.values());
    }

    List<Unit> units() {
        return List.copyOf(units.values());
    }

    List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    List<Unit> unitsOf(String agencyCode) {
        return unitsByAgency.getOrDefault(agencyCode, List.of());
    }

    List<Account> accountsOf(String unitCode) {
        return accountsByUnit.getOrDefault(unitCode, List.of());
    }

    boolean hasAgencies() {
        return !agencies.isEmpty();
    }
}
