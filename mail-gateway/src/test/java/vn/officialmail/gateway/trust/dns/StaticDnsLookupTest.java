package vn.officialmail.gateway.trust.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Type;

/** Static records for air-gapped networks: nothing goes to the network. */
class StaticDnsLookupTest {

    @Test
    void lookupShouldAnswerFromTheGivenLines() {
        StaticDnsLookup dns = StaticDnsLookup.fromLines(List.of(
                "moj.gov.vn. 3600 IN TXT \"v=spf1 ip4:203.0.113.0/24 -all\"",
                "moj.gov.vn. 3600 IN MX 10 mail.moj.gov.vn.",
                "alias.moj.gov.vn. 3600 IN CNAME moj.gov.vn."));

        assertThat(dns.lookup("moj.gov.vn", Type.TXT).texts()).containsExactly("v=spf1 ip4:203.0.113.0/24 -all");
        assertThat(dns.lookup("alias.moj.gov.vn", Type.TXT).texts()).containsExactly("v=spf1 ip4:203.0.113.0/24 -all");
        assertThat(dns.lookup("moj.gov.vn", Type.A).status()).isEqualTo(DnsStatus.NO_RECORDS);
        assertThat(dns.lookup("gmail.com", Type.TXT).status()).isEqualTo(DnsStatus.NO_DOMAIN);
    }

    @Test
    void lookupShouldReadZoneFilesWithOrigins(@TempDir Path dir) throws Exception {
        Path zone = dir.resolve("moj.zone");
        Files.writeString(
                zone, "$ORIGIN moj.gov.vn.\n$TTL 3600\n_dmarc IN TXT \"v=DMARC1; p=reject\"\n", StandardCharsets.UTF_8);

        StaticDnsLookup dns = StaticDnsLookup.of(List.of(zone), List.of("x.example. 60 IN A 192.0.2.1"));

        assertThat(dns.lookup("_dmarc.moj.gov.vn", Type.TXT).texts()).containsExactly("v=DMARC1; p=reject");
        assertThat(dns.lookup("x.example", Type.A).status()).isEqualTo(DnsStatus.FOUND);
    }

    @Test
    void fromLinesShouldNameTheBadLine() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        StaticDnsLookup.fromLines(List.of("moj.gov.vn. 3600 IN TXT \"ok\"", "moj.gov.vn. IN BOGUS x")))
                .withMessageContaining("static DNS record 2 'moj.gov.vn. IN BOGUS x'");
    }

    @Test
    void createShouldBuildStaticModeFromSettings() {
        DnsSettings settings = new DnsSettings(
                DnsSettings.Mode.STATIC,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("moj.gov.vn. 60 IN TXT \"v=spf1 -all\""));

        assertThat(DnsLookups.create(settings)).isInstanceOf(StaticDnsLookup.class);
    }
}
