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
