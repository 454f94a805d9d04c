package vn.officialmail.gateway.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The reason texts: both languages complete, same placeholders, NFC Vietnamese. */
class ReasonTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void bundlesShouldHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties vi = load("reasons_vi.properties");
        Properties en = load("reasons_en.properties");

        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : vi.stringPropertyNames()) {
            assertThat(placeholders(vi.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void vietnameseTextsShouldBeNfcAndFreeOfSingleQuotes() throws IOException {
        Properties vi = load("reasons_vi.properties");
        Properties en = load("reasons_en.properties");

        for (String key : vi.stringPropertyNames()) {
            String text = vi.getProperty(key);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC))
                    .as(key)
                    .isTrue();
            // MessageFormat would swallow a single quote.
            assertThat(text).as(key).doesNotContain("'");
            assertThat(en.getProperty(key)).as(key).doesNotContain("'");
        }
    }

    @Test
    void reasonShouldRenderBothLanguagesWithItsArguments() {
        Reason reason = Reason.of("spf.fail", "moj.gov.vn", "198.51.100.7");

        assertThat(reason.vietnamese())
                .isEqualTo("SPF không đạt (fail): moj.gov.vn không cho phép 198.51.100.7 gửi thư nhân danh mình");
        assertThat(reason.english()).isEqualTo("SPF fail: moj.gov.vn does not allow 198.51.100.7 to send its mail");
        assertThat(reason.text(java.util.Locale.ENGLISH)).isEqualTo(reason.english());
        assertThat(reason.text(Reason.VIETNAMESE)).isEqualTo(reason.vietnamese());
    }

    @Test
    void reasonShouldRefuseAnUnknownKeyNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Reason.of("spf.maybe"))
                .withMessageContaining("unknown reason key 'spf.maybe'")
                .withMessageContaining("spf.pass");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Reason.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
