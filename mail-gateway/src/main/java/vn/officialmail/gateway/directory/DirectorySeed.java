package vn.officialmail.gateway.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.officialmail.config.directory.Account;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.DirectoryEntries;
import vn.officialmail.config.directory.DirectoryValues;
import vn.officialmail.config.directory.InvalidDirectoryEntryException;
import vn.officialmail.config.directory.Unit;

/**
 * The entries of {@code gateway.directory.agencies}, {@code .units} and {@code .accounts}, checked
 * when the gateway starts. Each entry gets a pseudo line number so an import report can be traced
 * back to its configuration key ({@link #keyOf}).
 */
final class DirectorySeed {

    private final DirectoryEntries entries;
    private final List<String> keys;

    private DirectorySeed(DirectoryEntries entries, List<String> keys) {
        this.entries = entries;
        this.keys = List.copyOf(keys);
    }

    /** @throws InvalidDirectorySettingsException naming the key of the first bad entry */
    static DirectorySeed of(DirectorySettings settings) {
        List<String> keys = new ArrayList<>();
        List<DirectoryEntries.Line<Agency>> agencies = new ArrayList<>();
        List<DirectoryEntries.Line<Unit>> units = new ArrayList<>();
        List<DirectoryEntries.Line<Account>> accounts = new ArrayList<>();
        for (int i = 0; i < settings.agencies().size(); i++) {
            DirectorySettings.AgencySeed seed = settings.agencies().get(i);
            String key = "gateway.directory.agencies[" + i + "]";
            keys.add(key);
            agencies.add(new DirectoryEntries.Line<>(
                    keys.size(),
                    checked(
                            key,
                            () -> new Agency(
                                    seed.code(),
                                    seed.name(),
                                    seed.domains(),
                                    seed.abbreviation() == null ? "" : seed.abbreviation()))));
        }
        for (int i = 0; i < settings.units().size(); i++) {
            DirectorySettings.UnitSeed seed = settings.units().get(i);
            String key = "gateway.directory.units[" + i + "]";
            keys.add(key);
            units.add(new DirectoryEntries.Line<>(
                    keys.size(),
                    checked(
                            key,
                            () -> new Unit(
                                    seed.code(),
                                    seed.agency(),
                                    seed.name(),
                                    seed.abbreviation(),
                                    optional(seed.sharedMailbox()),
                                    optional(seed.head()),
                                    optional(seed.delegate())))));
        }
        for (int i = 0; i < settings.accounts().size(); i++) {
            DirectorySettings.AccountSeed seed = settings.accounts().get(i);
            String key = "gateway.directory.accounts[" + i + "]";
            keys.add(key);
            accounts.add(new DirectoryEntries.Line<>(
                    keys.size(), checked(key, () -> new Account(seed.address(), seed.name(), seed.unit()))));
        }
        return new DirectorySeed(new DirectoryEntries(agencies, units, accounts, List.of()), keys);
    }

    private static Optional<String> optional(String value) {
        return DirectoryValues.optional(value);
    }

    private static <T> T checked(String key, Supplier<T> entry) {
        try {
            return entry.get();
        } catch (InvalidDirectoryEntryException e) {
            throw new InvalidDirectorySettingsException(key, e.problem());
        }
    }

    DirectoryEntries entries() {
        return entries;
    }

    String keyOf(int line) {
        return keys.get(line - 1);
    }

    boolean isEmpty() {
        return entries.size() == 0;
    }
}
