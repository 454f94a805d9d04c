package vn.officialmail.gateway;

import org.junit.jupiter.api.AfterAll;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PeriodicReportsByMailIT} on PostgreSQL. */
@ActiveProfiles("postgres")
@Import(PeriodicReportsByMailIT.Clocks.class)
class PeriodicReportsByMailPostgresIT extends PeriodicReportsByMailIT {

    static TestDatabases.PostgresDatabase database;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws Exception {
        database = TestDatabases.postgres();
        registry.add("spring.datasource.url", database::url);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        // The context is cached until the JVM ends; close its pool first so the drop succeeds.
        database.close();
    }
}
