package vn.officialmail.gateway.directory;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;

/**
 * The directory's beans. The domain policy and the seeded entries are checked here, so a bad
 * {@code gateway.official-domains} or {@code gateway.directory.*} value stops the start with the
 * key, the value and what is allowed; the seed is written once every bean (and so the database
 * migration) is ready, before the SMTP listener and the web server start.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    DomainPolicy domainPolicy(GatewaySettings settings, PersonalMailProviders personalProviders) {
        DirectorySettings directory = settings.directory();
        return DomainPolicy.configured(
                settings.officialDomains(), directory.allow(), directory.deny(), personalProviders);
    }

    @Bean
    DirectorySeed directorySeed(GatewaySettings settings) {
        DirectorySettings directory = settings.directory();
        for (int i = 0; i < directory.homeAgencies().size(); i++) {
            String code = directory.homeAgencies().get(i);
            if (code == null || !code.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                throw new InvalidDirectorySettingsException(
                        "gateway.directory.home-agencies[" + i + "]",
                        String.valueOf(code),
                        "cho phép: mã cơ quan (chữ, số, dấu chấm, gạch ngang)",
                        "allowed: an agency code (letters, digits, dots, hyphens)");
            }
        }
        return DirectorySeed.of(directory);
    }

    @Bean
    Directory directory(DomainPolicy policy, GatewaySettings settings) {
        Set<String> home = new HashSet<>();
        settings.directory().homeAgencies().forEach(code -> home.add(code.strip()));
        return new Directory(policy, home, DirectorySnapshot.empty());
    }

    @Bean
    DirectoryImporter directoryImporter(
            JdbcClient jdbc, Directory directory, TransactionTemplate transactions, AuditLog audit, Clock clock) {
        return new DirectoryImporter(new DirectoryStore(jdbc), directory, transactions, audit, clock);
    }

    @Bean
    SmartInitializingSingleton directorySeeding(DirectoryImporter importer, DirectorySeed seed) {
        return () -> seed(importer, seed);
    }

    /** Writes the configured entries (configuration wins over an earlier import for them) and loads the rest. */
    static void seed(DirectoryImporter importer, DirectorySeed seed) {
        if (seed.isEmpty()) {
            importer.refresh();
            return;
        }
        ImportReport report = importer.importAllOrNothing(seed.entries(), "configuration", "configuration");
        if (!report.rejected().isEmpty()) {
            ImportReport.RejectedLine first = report.rejected().get(0);
            throw new InvalidDirectorySettingsException(seed.keyOf(first.line()), first.reasonEn(), first.reason());
        }
    }
}
