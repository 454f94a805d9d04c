package vn.officialmail.gateway;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.officialmail.classifier.classify.DocumentClassifier;
import vn.officialmail.classifier.message.MessageClassifier;
import vn.officialmail.config.catalogue.CatalogueLoader;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.gateway.audit.AuditHeadExport;
import vn.officialmail.gateway.audit.AuditSigningKey;
import vn.officialmail.gateway.classification.DocumentFactsClassifier;
import vn.officialmail.gateway.compliance.ViolationFinder;
import vn.officialmail.gateway.container.GatewayMailetContext;
import vn.officialmail.gateway.container.MailSubmission;
import vn.officialmail.gateway.container.MailetContainer;
import vn.officialmail.gateway.container.MailetLoader;
import vn.officialmail.gateway.content.ExtractionWorkers;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.processing.DatabaseDurability;
import vn.officialmail.gateway.processing.FinishedMessages;
import vn.officialmail.gateway.spool.Spool;
import vn.officialmail.gateway.spool.SpoolDurability;
import vn.officialmail.gateway.trust.authentication.SenderAuthenticator;
import vn.officialmail.gateway.trust.smime.SmimeSettings;
import vn.officialmail.gateway.trust.smime.SmimeTrustMaterial;
import vn.officialmail.gateway.trust.smime.SmimeVerifier;
import vn.officialmail.gateway.trust.smime.UnitSigning;
import vn.officialmail.indexer.extract.TextExtractor;
import vn.officialmail.indexer.index.SwappableMailIndex;

/** The gateway's infrastructure beans: spool, blob store, index and the mailet container. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(GatewaySettings.class)
class GatewayConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SpoolDurability spoolDurability() {
        return SpoolDurability.FSYNC;
    }

    @Bean(destroyMethod = "close")
    Spool spool(GatewaySettings settings, SpoolDurability durability) throws IOException {
        return Spool.open(settings.dataDir().resolve("spool"), settings.spool(), durability);
    }

    @Bean
    PersonalMailProviders personalMailProviders() {
        return PersonalMailProviders.loadDefault();
    }

    @Bean
    ViolationFinder violationFinder(Directory directory) {
        return new ViolationFinder(directory);
    }

    /** Trust anchors, CRLs and unit keys are read once here; a broken file stops the start. */
    @Bean
    SmimeVerifier smimeVerifier(GatewaySettings settings, Clock clock) {
        SmimeSettings smime = settings.authentication().smime();
        return new SmimeVerifier(smime, SmimeTrustMaterial.load(smime), clock);
    }

    /** The units' signing keys for submitted mail are read once here; a broken file stops the start. */
    @Bean
    UnitSigning unitSigning(GatewaySettings settings) {
        return new UnitSigning(settings.submission().signingKeys());
    }

    @Bean
    SenderAuthenticator senderAuthenticator(GatewaySettings settings, Clock clock) {
        return SenderAuthenticator.create(settings.authentication(), clock);
    }

    /** The catalogue of document types is validated here, so a broken one stops the start. */
    @Bean
    DocumentTypeCatalogue documentTypeCatalogue(GatewaySettings settings) {
        Path overlay = settings.classifier().catalogue();
        return overlay == null ? CatalogueLoader.loadDefault() : CatalogueLoader.load(overlay);
    }

    @Bean
    DocumentFactsClassifier documentFactsClassifier(DocumentTypeCatalogue catalogue) {
        return new DocumentFactsClassifier(new MessageClassifier(DocumentClassifier.withRulesAndModel(catalogue)));
    }

    @Bean
    DatabaseDurability databaseDurability(DataSource dataSource) {
        return new DatabaseDurability(dataSource);
    }

    /** Done marks trail the database's force by at most half a second (H2); immediate on PostgreSQL. */
    @Bean(destroyMethod = "close")
    FinishedMessages finishedMessages(Spool spool, DatabaseDurability database) {
        return new FinishedMessages(spool, database, 500);
    }

    @Bean
    BlobStore blobStore(GatewaySettings settings) {
        return new BlobStore(settings.dataDir().resolve("blobs"));
    }

    @Bean
    AuditHeadExport auditHeadExport(GatewaySettings settings) {
        return new AuditHeadExport(
                settings.dataDir(),
                AuditSigningKey.loadOrCreate(settings.dataDir().resolve("keys")));
    }

    /** Swappable, so {@code reindex} can build a new index aside and swap it in (issue 5). */
    @Bean(destroyMethod = "close")
    SwappableMailIndex mailIndex(GatewaySettings settings) {
        Path dir = settings.dataDir().resolve("index");
        return SwappableMailIndex.open(dir);
    }

    /** Attachments are parsed in worker processes with a time limit (issue 5, "limits and isolation"). */
    @Bean(destroyMethod = "close")
    TextExtractor textExtractor(GatewaySettings settings) {
        return ExtractionWorkers.isolatedExtractor(settings.extraction());
    }

    @Bean
    GatewayMailetContext mailetContext(MailSubmission submission, Directory directory, GatewaySettings settings)
            throws Exception {
        return new GatewayMailetContext(
                submission,
                (Domain domain) -> directory.isOfficialDomain(domain.asString()),
                new MailAddress(settings.relay().postmaster()));
    }

    @Bean(destroyMethod = "close")
    MailetContainer mailetContainer(
            GatewaySettings settings, AutowireCapableBeanFactory beans, GatewayMailetContext context) {
        MailetLoader loader =
                new MailetLoader(type -> beans.autowire(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
        return new MailetContainer(settings.pipeline(), loader, context);
    }
}
