package vn.officialmail.gateway.directory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.officialmail.config.directory.Account;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.Unit;

/** The directory tables (V7): read whole into a snapshot, written one entry at a time. */
final class DirectoryStore {

    private final JdbcClient jdbc;

    DirectoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DirectorySnapshot load() {
        Map<String, List<String>> domains = new HashMap<>();
        jdbc.sql("select agency_code, domain from directory_agency_domain order by domain")
                .query((rs, row) -> domains.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        List<Agency> agencies = jdbc.sql("select code, name, abbreviation from directory_agency")
                .query((rs, row) -> new Agency(
                        rs.getString(1),
                        rs.getString(2),
                        domains.getOrDefault(rs.getString(1), List.of()),
                        rs.getString(3)))
                .list();
        List<Unit> units = jdbc.sql("select code, agency_code, name, abbreviation, shared_mailbox, head_address,"
                        + " delegate_address from directory_unit")
                .query((rs, row) -> new Unit(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Optional.ofNullable(rs.getString(5)),
                        Optional.ofNullable(rs.getString(6)),
                        Optional.ofNullable(rs.getString(7))))
                .list();
        List<Account> accounts = jdbc.sql("select address, display_name, unit_code from directory_account")
                .query((rs, row) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        return new DirectorySnapshot(agencies, units, accounts);
    }

    void insert(Agency agency, Instant at) {
        jdbc.sql("insert into directory_agency (code, name, abbreviation, updated_at) values (?, ?, ?, ?)")
                .params(agency.code(), agency.name(), agency.abbreviation(), utc(at))
                .update();
        insertDomains(agency);
    }

    void update(Agency agency, Instant at) {
        jdbc.sql("update directory_agency set name = ?, abbreviation = ?, updated_at = ? where code = ?")
                .params(agency.name(), agency.abbreviation(), utc(at), agency.code())
                .update();
        jdbc.sql("delete from directory_agency_domain where agency_code = ?")
                .param(agency.code())
                .update();
        insertDomains(agency);
    }

    private void insertDomains(Agency agency) {
        for (String domain : agency.domains()) {
            jdbc.sql("insert into directory_agency_domain (domain, agency_code) values (?, ?)")
                    .params(domain, agency.code())
                    .update();
        }
    }

    void insert(Unit unit, Instant at) {
        jdbc.sql("insert into directory_unit (code, agency_code, name, abbreviation, shared_mailbox, head_address,"
                        + " delegate_address, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        unit.code(),
                        unit.agencyCode(),
                        unit.name(),
                        unit.abbreviation(),
                        unit.sharedMailbox().orElse(null),
                        unit.head().orElse(null),
                        unit.delegate().orElse(null),
                        utc(at))
                .update();
    }

    void update(Unit unit, Instant at) {
        jdbc.sql("update directory_unit set agency_code = ?, name = ?, abbreviation = ?, shared_mailbox = ?,"
                        + " head_address = ?, delegate_address = ?, updated_at = ? where code = ?")
                .params(
                        unit.agencyCode(),
                        unit.name(),
                        unit.abbreviation(),
                        unit.sharedMailbox().orElse(null),
                        unit.head().orElse(null),
                        unit.delegate().orElse(null),
                        utc(at),
                        unit.code())
                .update();
    }

    void insert(Account account, Instant at) {
        jdbc.sql("insert into directory_account (address, display_name, unit_code, updated_at) values (?, ?, ?, ?)")
                .params(account.address(), account.displayName(), account.unitCode(), utc(at))
                .update();
    }

    void update(Account account, Instant at) {
        jdbc.sql("update directory_account set display_name = ?, unit_code = ?, updated_at = ? where address = ?")
                .params(account.displayName(), account.unitCode(), utc(at), account.address())
                .update();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
