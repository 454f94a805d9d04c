package vn.officialmail.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The DNS every test gateway uses: static records only, so no test ever asks a resolver outside
 * this machine. moj.gov.vn authorises the loopback clients of the tests (SPF pass, so its mail is
 * official); mof.gov.vn authorises only a documentation address and rejects by DMARC, so mail
 * claiming it from loopback is spoofed; anything else has no records.
 */
public final class TestDns {

    public static final List<String> RECORDS = List.of(
            "moj.gov.vn. 3600 IN TXT \"v=spf1 ip4:127.0.0.0/8 ip6:::1 -all\"",
            "mof.gov.vn. 3600 IN TXT \"v=spf1 ip4:192.0.2.1 -all\"",
            "_dmarc.mof.gov.vn. 3600 IN TXT \"v=DMARC1; p=reject\"",
            // A personal provider whose senders prove their address here: they may get notices.
            "yahoo.com. 3600 IN TXT \"v=spf1 ip4:127.0.0.0/8 ip6:::1 -all\"");

    private TestDns() {}

    /** As Spring properties. */
    public static Map<String, String> properties() {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        properties.put("gateway.authentication.dns.mode", "static");
        for (int i = 0; i < RECORDS.size(); i++) {
            properties.put("gateway.authentication.dns.static-records[" + i + "]", RECORDS.get(i));
        }
        return properties;
    }

    /** As command-line arguments of the gateway jar. */
    public static List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments;
    }

    public static void register(DynamicPropertyRegistry registry) {
        properties().forEach((key, value) -> registry.add(key, () -> value));
    }
}
