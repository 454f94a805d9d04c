package vn.officialmail.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.users.Role;

class ConsoleTextTest {

    @Test
    void bothLanguagesShouldHaveTheSameKeysAndARoleNameForEveryRole() throws Exception {
        Properties vi = load("vi");
        Properties en = load("en");

        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (Role role : Role.values()) {
            assertThat(vi.stringPropertyNames()).contains("role." + role.name());
        }
    }

    @Test
    void everyKeyThePagesAskForShouldExistIncludingEveryKindDirectionAndAction() throws Exception {
        Properties vi = load("vi");
        java.util.Set<String> asked = new java.util.TreeSet<>();
        java.util.regex.Pattern call =
                java.util.regex.Pattern.compile("text\\.(?:get|format)\\(\"([a-zA-Z.]+[a-zA-Z])\"");
        // The pages that speak through ConsoleText (the reports have their own bundle).
        for (String pkg : java.util.List.of("console", "web")) {
            try (java.util.stream.Stream<java.nio.file.Path> sources =
                    java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/vn/officialmail/gateway", pkg))) {
                for (java.nio.file.Path source :
                        sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    java.util.regex.Matcher m = call.matcher(java.nio.file.Files.readString(source));
                    while (m.find()) {
                        asked.add(m.group(1));
                    }
                }
            }
        }
        for (vn.officialmail.gateway.compliance.ViolationKind kind :
                vn.officialmail.gateway.compliance.ViolationKind.values()) {
            asked.add("kind." + kind.name());
        }
        for (vn.officialmail.gateway.directory.Direction direction :
                vn.officialmail.gateway.directory.Direction.values()) {
            asked.add("direction." + direction.name());
        }
        asked.addAll(java.util.List.of(
                "action.RECORDED",
                "action.QUARANTINED",
                "quarantine.release",
                "quarantine.reject",
                "quarantine.releaseReason",
                "quarantine.rejectReason",
                "quarantine.released",
                "quarantine.rejected",
                "quarantine.error.reason",
                "quarantine.error.gone",
                "quarantine.error.tooLong"));

        assertThat(asked).hasSizeGreaterThan(60);
        assertThat(vi.stringPropertyNames()).containsAll(asked);
    }

    @Test
    void vietnameseTextsShouldBeInNfc() throws Exception {
        Properties vi = load("vi");

        for (String key : vi.stringPropertyNames()) {
            String text = vi.getProperty(key);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC))
                    .as(key)
                    .isTrue();
        }
    }

    private static Properties load(String language) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ConsoleTextTest.class.getResourceAsStream("console_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
