package vn.officialmail.gateway.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PipelineSettingsTest {

    private static PipelineSettings bind(Map<String, String> properties) {
        Binder binder = new Binder(new MapConfigurationPropertySource(properties));
        return binder.bindOrCreate("gateway.pipeline", Bindable.of(PipelineSettings.class));
    }

    @Test
    void bindShouldGiveNoProcessorsWhenNothingIsConfigured() {
        PipelineSettings settings = bind(Map.of());

        assertThat(settings.processors()).isEmpty();
    }

    @Test
    void bindShouldApplyStepDefaultsWhenOnlyMailetIsGiven() {
        PipelineSettings settings = bind(Map.of("gateway.pipeline.processors.root[0].mailet", "Null"));

        assertThat(settings.processors())
                .containsExactly(Map.entry("root", List.of(new StepSettings("All", "Null", Map.of(), "error"))));
    }

    @Test
    void bindShouldReadEveryFieldWhenStepIsFullyConfigured() {
        PipelineSettings settings = bind(Map.of(
                "gateway.pipeline.processors.root[0].match", "RecipientIs=a@x.gov.vn",
                "gateway.pipeline.processors.root[0].mailet", "SetMimeHeader",
                "gateway.pipeline.processors.root[0].params.name", "X-Gateway",
                "gateway.pipeline.processors.root[0].params.value", "checked",
                "gateway.pipeline.processors.root[0].on-exception", "ignore",
                "gateway.pipeline.processors.error[0].mailet", "Null"));

        assertThat(settings.processors().get("root"))
                .containsExactly(new StepSettings(
                        "RecipientIs=a@x.gov.vn",
                        "SetMimeHeader",
                        Map.of("name", "X-Gateway", "value", "checked"),
                        "ignore"));
        assertThat(settings.processors()).containsKeys("root", "error");
    }

    @Test
    void constructorShouldDefaultBlankMatchAndOnException() {
        StepSettings step = new StepSettings(" ", "Null", null, null);

        assertThat(step).isEqualTo(new StepSettings("All", "Null", Map.of(), "error"));
    }

    @Test
    void matcherNameShouldSplitAtFirstEqualsSign() {
        StepSettings step = StepSettings.of("HasHeader=X-Secret=Mật", "Null");

        assertThat(step.matcherName()).isEqualTo("HasHeader");
        assertThat(step.matcherCondition()).isEqualTo("X-Secret=Mật");
        assertThat(StepSettings.of("All", "Null").matcherCondition()).isNull();
    }
}
