package vn.officialmail.gateway.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.OptionalDouble;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.compliance.ViolationKind;

class ReportTextsTest {

    @Test
    void bothLanguagesShouldHaveTheSameKeysAndANameForEveryKindOfViolation() throws Exception {
        Properties vi = load("vi");
        Properties en = load("en");

        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (ViolationKind kind : ViolationKind.values()) {
            assertThat(vi.stringPropertyNames()).contains("kind." + kind.name());
        }
        for (String key : vi.stringPropertyNames()) {
            assertThat(Normalizer.isNormalized(vi.getProperty(key), Normalizer.Form.NFC))
                    .as(key)
                    .isTrue();
        }
    }

    @Test
    void percentagesAndChangesShouldBeWrittenTheWayEachLanguageWritesThem() {
        ReportTexts vi = ReportTexts.of("vi");
        ReportTexts en = ReportTexts.of("en");

        assertThat(vi.percent(OptionalDouble.of(0.4))).isEqualTo("40,0 %");
        assertThat(en.percent(OptionalDouble.of(0.4))).isEqualTo("40.0%");
        assertThat(vi.percent(OptionalDouble.empty())).isEqualTo("—");
        assertThat(vi.change(2)).isEqualTo("+2");
        assertThat(vi.change(-1)).isEqualTo("−1");
        assertThat(vi.change(0)).isEqualTo("0");
        assertThat(vi.number(12345)).isEqualTo("12.345");
        assertThat(vi.pointsChange(OptionalDouble.of(0.4), OptionalDouble.of(0.5)))
                .isEqualTo("−10,0");
        assertThat(vi.pointsChange(OptionalDouble.of(0.4), OptionalDouble.empty()))
                .isEqualTo("—");
        assertThat(ReportTexts.of("fr").language()).isEqualTo("vi");
    }

    private static Properties load(String language) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ReportTexts.class.getResourceAsStream("report_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
