package vn.officialmail.gateway.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.officialmail.gateway.GatewayApplication;
import vn.officialmail.gateway.TestDns;

/** A directory configuration the gateway cannot run with stops the start, naming key, value and what is allowed. */
class DirectorySettingsIT {

    @TempDir
    Path dataDir;

    private void start(String... settings) {
        List<String> arguments = new ArrayList<>(TestDns.arguments());
        arguments.add("--gateway.data-dir=" + dataDir);
        arguments.add("--gateway.smtp.enabled=false");
        for (String setting : settings) {
            arguments.add("--" + setting);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new))) {
            context.getBean(Directory.class);
        }
    }

    @Test
    void malformedAllowPatternShouldStopTheStartNamingKeyValueAndWhatIsAllowed() {
        assertThatThrownBy(
                        () -> start("gateway.directory.allow[0]=*.hanoi.vn", "gateway.directory.allow[1]=moj..gov.vn"))
                .rootCause()
                .isInstanceOf(InvalidDirectorySettingsException.class)
                .hasMessageContaining("gateway.directory.allow[1]")
                .hasMessageContaining("'moj..gov.vn'")
                .hasMessageContaining("allowed: a domain such as moj.gov.vn or a wildcard such as *.gov.vn")
                .hasMessageContaining("cho phép: tên miền như moj.gov.vn");
    }

    @Test
    void malformedOfficialDomainShouldStopTheStart() {
        assertThatThrownBy(() -> start("gateway.official-domains[0]=*.gov.vn", "gateway.official-domains[1]=*chinhphu"))
                .rootCause()
                .hasMessageContaining("gateway.official-domains[1]: '*chinhphu'");
    }

    @Test
    void domainBothAllowedAndDeniedShouldStopTheStart() {
        assertThatThrownBy(() -> start("gateway.directory.allow[0]=a.gov.vn", "gateway.directory.deny[0]=A.gov.vn"))
                .rootCause()
                .hasMessageContaining("gateway.directory.deny: 'a.gov.vn'")
                .hasMessageContaining("cannot be on both");
    }

    @Test
    void seededUnitWithABadMailboxShouldStopTheStartNamingTheEntry() {
        assertThatThrownBy(() -> start(
                        "gateway.directory.agencies[0].code=BTP",
                        "gateway.directory.agencies[0].name=Bộ Tư pháp",
                        "gateway.directory.units[0].code=BTP-VP",
                        "gateway.directory.units[0].agency=BTP",
                        "gateway.directory.units[0].name=Văn phòng",
                        "gateway.directory.units[0].abbreviation=VP",
                        "gateway.directory.units[0].shared-mailbox=vanphong.moj.gov.vn"))
                .rootCause()
                .hasMessageContaining("gateway.directory.units[0]")
                .hasMessageContaining(
                        "mailbox must be a mailbox address such as vanthu@moj.gov.vn: vanphong.moj.gov.vn");
    }

    @Test
    void seededUnitOfAnUnknownAgencyShouldStopTheStart() {
        assertThatThrownBy(() -> start(
                        "gateway.directory.units[0].code=BTP-VP",
                        "gateway.directory.units[0].agency=BTP",
                        "gateway.directory.units[0].name=Văn phòng",
                        "gateway.directory.units[0].abbreviation=VP"))
                .satisfies(e -> assertThat(rootCause(e))
                        .isInstanceOf(InvalidDirectorySettingsException.class)
                        .hasMessageContaining("gateway.directory.units[0]: unit BTP-VP names agency BTP"));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
