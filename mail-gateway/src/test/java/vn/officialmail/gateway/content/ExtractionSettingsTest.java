package vn.officialmail.gateway.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.indexer.extract.ExtractionLimits;

/** {@code gateway.extraction.*}: today's limits by default, and a wrong value stops the start with a reason. */
class ExtractionSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GatewaySettings.class)
    static class Settings {}

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void nothingConfiguredShouldMeanTheLimitsExtractionHadBefore() {
        runner.run(context -> {
            ExtractionSettings settings = context.getBean(GatewaySettings.class).extraction();
            assertThat(settings.limits()).isEqualTo(ExtractionLimits.defaults());
            assertThat(settings.workers()).isEqualTo(2);
            assertThat(settings.workerHeap()).isEqualTo("512m");
            assertThat(settings).isEqualTo(ExtractionSettings.defaults());
        });
    }

    @Test
    void configuredValuesShouldBecomeTheLimits() {
        runner.withPropertyValues(
                        "gateway.extraction.max-bytes=5MB",
                        "gateway.extraction.max-text-chars=2000",
                        "gateway.extraction.max-depth=3",
                        "gateway.extraction.max-expansion-ratio=20",
                        "gateway.extraction.max-parts=50",
                        "gateway.extraction.part-timeout=30s",
                        "gateway.extraction.workers=1",
                        "gateway.extraction.worker-heap=1g")
                .run(context -> {
                    ExtractionSettings settings =
                            context.getBean(GatewaySettings.class).extraction();
                    assertThat(settings.limits())
                            .isEqualTo(new ExtractionLimits(5L * 1024 * 1024, 2000, 3, 20, 50, Duration.ofSeconds(30)));
                    assertThat(settings.workers()).isEqualTo(1);
                    assertThat(settings.workerHeap()).isEqualTo("1g");
                });
    }

    @Test
    void aValueOutOfRangeShouldStopTheStartNamingKeyValueAndWhatIsAllowed() {
        assertStartFails("gateway.extraction.max-bytes=0B", "gateway.extraction.max-bytes = 0B", "1B to 2GB");
        assertStartFails("gateway.extraction.max-bytes=3GB", "gateway.extraction.max-bytes = 3221225472B", "1B to 2GB");
        assertStartFails("gateway.extraction.part-timeout=0s", "gateway.extraction.part-timeout = PT0S", "1s to 1h");
        // bean validation names the field as bound (the start-up report says "Property: gateway.extraction.workers")
        assertStartFails("gateway.extraction.workers=0", "gateway.extraction.workers", "rejected value [0]", "1");
        assertStartFails(
                "gateway.extraction.max-depth=1000", "gateway.extraction.maxDepth", "rejected value [1000]", "100");
        assertStartFails(
                "gateway.extraction.worker-heap=lots",
                "gateway.extraction.workerHeap",
                "rejected value [lots]",
                "512m");
        assertStartFails("gateway.extraction.max-text-chars=many", "gateway.extraction.max-text-chars", "many");
    }

    private void assertStartFails(String property, String... mentions) {
        runner.withPropertyValues(property).run(context -> {
            assertThat(context).hasFailed();
            String messages = causes(context.getStartupFailure());
            for (String mention : mentions) {
                assertThat(messages).as(property).contains(mention);
            }
        });
    }

    /** Every message of the failure and its causes, as the start-up report shows them. */
    private static String causes(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
            if (t instanceof org.springframework.boot.context.properties.bind.validation.BindValidationException v) {
                v.getValidationErrors().getAllErrors().forEach(e -> all.append(e)
                        .append('\n'));
            }
        }
        return all.toString();
    }
}
