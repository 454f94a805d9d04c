package vn.officialmail.gateway.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.config.directory.Account;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.DirectoryEntries;
import vn.officialmail.config.directory.DirectoryProblem;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.audit.AuditLog;

/**
 * Writes directory entries (from a file or the configuration) and refreshes the {@link
 * Directory}. Idempotent: an entry that is already as given is counted unchanged, one that differs
 * is updated, by its key (agency and unit code, account address). Each line is checked against
 * the directory and the rest of the file first (a unit's agency, an account's unit, a domain or
 * shared mailbox already taken); a line that fails writes nothing, and the whole import is one
 * transaction, so a failure half-way leaves the directory as it was. Imports run one at a time.
 */
public final class DirectoryImporter {

    private final DirectoryStore store;
    private final Directory directory;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;

    DirectoryImporter(
            DirectoryStore store, Directory directory, TransactionTemplate transactions, AuditLog audit, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports the entries and audits the import.
     *
     * @param source the file name (reported and audited)
     * @param actor who imports (the API user, {@code cli}, {@code configuration})
     */
    public ImportReport importEntries(DirectoryEntries entries, String source, String actor) {
        return importEntries(entries, source, actor, false);
    }

    /**
     * Imports the entries only if every one is taken; otherwise writes nothing and reports why
     * (the configured seed: a bad entry stops the start and must not leave the others behind).
     */
    public ImportReport importAllOrNothing(DirectoryEntries entries, String source, String actor) {
        return importEntries(entries, source, actor, true);
    }

    private synchronized ImportReport importEntries(
            DirectoryEntries entries, String source, String actor, boolean allOrNothing) {
        ImportReport report = transactions.execute(status -> {
            ImportReport written = new Run(store.load(), clock.instant()).write(entries, source);
            if (allOrNothing && !written.rejected().isEmpty()) {
                status.setRollbackOnly();
                return written;
            }
            if (written.added() + written.updated() + written.rejected().size() == 0) {
                return written; // a restart re-seeding an unchanged configuration is no event
            }
            audit.record(
                    actor,
                    "directory-import",
                    "directory",
                    source,
                    Map.of(
                            "added", Integer.toString(written.added()),
                            "updated", Integer.toString(written.updated()),
                            "unchanged", Integer.toString(written.unchanged()),
                            "rejected", Integer.toString(written.rejected().size())));
            return written;
        });
        refresh();
        return report;
    }

    /** Reloads the directory from the database (after a change made by another node). */
    public void refresh() {
        directory.replace(store.load());
    }

    /** One import: the directory as it was, and what this file has added to it so far. */
    private final class Run {
        private final DirectorySnapshot before;
        private final Instant at;
        private final Map<String, String> domainOwner = new HashMap<>();
        private final Map<String, String> mailboxOwner = new HashMap<>();
        private final Set<String> agencyCodes = new HashSet<>();
        private final Set<String> unitCodes = new HashSet<>();
        private final Map<String, Integer> firstLine = new HashMap<>();
        private final List<ImportReport.RejectedLine> rejected = new ArrayList<>();
        private int added;
        private int updated;
        private int unchanged;

        Run(DirectorySnapshot before, Instant at) {
            this.before = before;
            this.at = at;
            before.agencies().forEach(a -> {
                agencyCodes.add(a.code());
                a.domains().forEach(d -> domainOwner.put(d, a.code()));
            });
            before.units().forEach(u -> {
                unitCodes.add(u.code());
                u.sharedMailbox().ifPresent(m -> mailboxOwner.put(m, u.code()));
            });
        }

        ImportReport write(DirectoryEntries entries, String source) {
            entries.rejections().forEach(r -> reject(r.line(), r.problem()));
            entries.agencies().forEach(line -> agency(line.number(), line.entry()));
            entries.units().forEach(line -> unit(line.number(), line.entry()));
            entries.accounts().forEach(line -> account(line.number(), line.entry()));
            rejected.sort(Comparator.comparingInt(ImportReport.RejectedLine::line));
            return new ImportReport(source, added, updated, unchanged, rejected);
        }

        private void agency(int line, Agency agency) {
            if (duplicate(line, "agency", agency.code())) {
                return;
            }
            for (String domain : agency.domains()) {
                String owner = domainOwner.get(domain);
                if (owner != null && !owner.equals(agency.code())) {
                    reject(line, DirectoryProblem.of("domain.taken", domain, owner));
                    return;
                }
            }
            Optional<Agency> existing = before.agency(agency.code());
            existing.ifPresent(old -> old.domains().forEach(domainOwner::remove));
            agency.domains().forEach(d -> domainOwner.put(d, agency.code()));
            agencyCodes.add(agency.code());
            if (existing.isEmpty()) {
                store.insert(agency, at);
                added++;
            } else if (existing.get().name().equals(agency.name())
                    && existing.get().abbreviation().equals(agency.abbreviation())
                    && Set.copyOf(existing.get().domains()).equals(Set.copyOf(agency.domains()))) {
                unchanged++;
            } else {
                store.update(agency, at);
                updated++;
            }
        }

        private void unit(int line, Unit unit) {
            if (duplicate(line, "unit", unit.code())) {
                return;
            }
            if (!agencyCodes.contains(unit.agencyCode())) {
                reject(line, DirectoryProblem.of("agency.unknown", unit.code(), unit.agencyCode()));
                return;
            }
            Optional<String> mailbox = unit.sharedMailbox();
            if (mailbox.isPresent()) {
                String owner = mailboxOwner.get(mailbox.get());
                if (owner != null && !owner.equals(unit.code())) {
                    reject(line, DirectoryProblem.of("mailbox.taken", mailbox.get(), owner));
                    return;
                }
            }
            Optional<Unit> existing = before.unit(unit.code());
            existing.flatMap(Unit::sharedMailbox).ifPresent(mailboxOwner::remove);
            mailbox.ifPresent(m -> mailboxOwner.put(m, unit.code()));
            unitCodes.add(unit.code());
            count(existing, unit, () -> store.insert(unit, at), () -> store.update(unit, at));
        }

        private void account(int line, Account account) {
            if (duplicate(line, "account", account.address())) {
                return;
            }
            if (!unitCodes.contains(account.unitCode())) {
                reject(line, DirectoryProblem.of("unit.unknown", account.address(), account.unitCode()));
                return;
            }
            String sharedBy = mailboxOwner.get(account.address());
            if (sharedBy != null) {
                reject(line, DirectoryProblem.of("mailbox.is-account", account.address(), sharedBy));
                return;
            }
            count(
                    before.account(account.address()),
                    account,
                    () -> store.insert(account, at),
                    () -> store.update(account, at));
        }

        private <T> void count(Optional<T> existing, T entry, Runnable insert, Runnable update) {
            if (existing.isEmpty()) {
                insert.run();
                added++;
            } else if (existing.get().equals(entry)) {
                unchanged++;
            } else {
                update.run();
                updated++;
            }
        }

        private boolean duplicate(int line, String kind, String key) {
            Integer first = firstLine.putIfAbsent(kind + " " + key, line);
            if (first != null) {
                reject(line, DirectoryProblem.of("duplicate", kind, key, first));
                return true;
            }
            return false;
        }

        private void reject(int line, DirectoryProblem problem) {
            rejected.add(new ImportReport.RejectedLine(line, problem.key(), problem.vietnamese(), problem.english()));
        }
    }
}
