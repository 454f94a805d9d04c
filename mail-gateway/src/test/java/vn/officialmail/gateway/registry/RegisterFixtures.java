package vn.officialmail.gateway.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

/** Register entries for tests outside the registry package. */
public final class RegisterFixtures {

    private RegisterFixtures() {}

    /** Registers three documents received a minute apart; the second is urgent. */
    public static void registerThree(DataSource dataSource, Instant from) {
        RegisterFixture fixture = new RegisterFixture(dataSource);
        for (int i = 1; i <= 3; i++) {
            long id = fixture.newRecord("doc-" + i);
            DocumentParticulars document = new DocumentParticulars(
                    "vanthu@moj.gov.vn",
                    "Công văn số " + i,
                    Optional.of("Bộ Tư pháp"),
                    Optional.of(i + "/BTP-VP"),
                    Optional.of(LocalDate.of(2026, 3, 1)),
                    Optional.of("Công văn"),
                    Optional.of("V/v báo cáo " + i),
                    "Văn phòng",
                    i == 2,
                    Optional.empty());
            Instant receivedAt = from.plusSeconds(60L * i);
            String sha = RegisterFixture.sha("doc-" + i);
            fixture.transactions.execute(
                    status -> fixture.register.register(id, sha, document, receivedAt, IncomingRegister.GATEWAY));
        }
    }
}
