package vn.officialmail.gateway;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link HandlingByMailIT} on PostgreSQL, in a database with the plain C ctype, where SQL upper()
 * leaves "đ" lower case: the quoted "qđ" must still find the registered "QĐ".
 */
@ActiveProfiles("postgres")
class HandlingByMailPostgresIT extends HandlingByMailIT {

    static TestDatabases.PostgresDatabase database;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws Exception {
        database = TestDatabases.postgresWithPlainCType();
        registry.add("spring.datasource.url", database::url);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        // The context is cached until the JVM ends; close its pool first so the drop succeeds.
        database.close();
    }
}
