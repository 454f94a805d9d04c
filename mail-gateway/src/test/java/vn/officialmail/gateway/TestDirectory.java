package vn.officialmail.gateway;

import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The agency directory most gateway integration tests configure: one ministry, one unit, one person. */
public final class TestDirectory {

    /** The ministry's mail domain. */
    public static final String MINISTRY_DOMAIN = "moj.gov.vn";

    /** The unit's code. */
    public static final String UNIT = "BTP-KHTC";

    /** The unit's shared mailbox. */
    public static final String UNIT_MAILBOX = "khtc@moj.gov.vn";

    /** The person's issued mailbox, in {@link #UNIT}. */
    public static final String PERSON = "nvan@moj.gov.vn";

    private TestDirectory() {}

    /**
     * Agency {@code BTP} (Bộ Tư pháp, {@value #MINISTRY_DOMAIN}) as the first agency, its unit {@value
     * #UNIT} (Vụ Kế hoạch - Tài chính, KHTC, shared mailbox {@value #UNIT_MAILBOX}) as the first unit and
     * Nguyễn Văn An ({@value #PERSON}) as the first account.
     */
    public static void ministryWithOneUnit(DynamicPropertyRegistry registry) {
        ministry(registry);
        registry.add("gateway.directory.units[0].code", () -> UNIT);
        registry.add("gateway.directory.units[0].agency", () -> "BTP");
        registry.add("gateway.directory.units[0].name", () -> "Vụ Kế hoạch - Tài chính");
        registry.add("gateway.directory.units[0].abbreviation", () -> "KHTC");
        registry.add("gateway.directory.units[0].shared-mailbox", () -> UNIT_MAILBOX);
        registry.add("gateway.directory.accounts[0].address", () -> PERSON);
        registry.add("gateway.directory.accounts[0].name", () -> "Nguyễn Văn An");
        registry.add("gateway.directory.accounts[0].unit", () -> UNIT);
    }

    /**
     * Agency {@code BTP} (Bộ Tư pháp, {@value #MINISTRY_DOMAIN}) as the first agency and its units, in
     * order, as the first units.
     *
     * @param units each {@code {code, name, abbreviation, shared mailbox}}
     */
    public static void ministryWithUnits(DynamicPropertyRegistry registry, List<String[]> units) {
        ministry(registry);
        for (int i = 0; i < units.size(); i++) {
            String[] unit = units.get(i);
            String prefix = "gateway.directory.units[" + i + "].";
            registry.add(prefix + "code", () -> unit[0]);
            registry.add(prefix + "agency", () -> "BTP");
            registry.add(prefix + "name", () -> unit[1]);
            registry.add(prefix + "abbreviation", () -> unit[2]);
            registry.add(prefix + "shared-mailbox", () -> unit[3]);
        }
    }

    private static void ministry(DynamicPropertyRegistry registry) {
        registry.add("gateway.directory.agencies[0].code", () -> "BTP");
        registry.add("gateway.directory.agencies[0].name", () -> "Bộ Tư pháp");
        registry.add("gateway.directory.agencies[0].domains[0]", () -> MINISTRY_DOMAIN);
    }
}
