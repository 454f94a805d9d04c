package vn.officialmail.gateway.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;
import org.apache.james.core.MailAddress;
import org.apache.james.transport.mailets.Null;
import org.apache.james.transport.matchers.RecipientIs;
import org.apache.mailet.Mailet;
import org.apache.mailet.Matcher;
import org.apache.mailet.base.GenericMailet;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.container.TestMailets.Journal;

class MailetLoaderTest {
    private final Journal journal = new Journal();
    private final MailetLoader loader = new MailetLoader(TestMailets.factory(journal));
    private final GatewayMailetContext context;

    MailetLoaderTest() throws Exception {
        context = new GatewayMailetContext(
                (mail, state) -> {}, domain -> false, new MailAddress("postmaster@gateway.gov.vn"));
    }

    @Test
    void loadMailetShouldFindStockMailetWhenGivenItsSimpleName() {
        Mailet mailet = loader.loadMailet("root", 1, StepSettings.of("All", "Null"), context);

        assertThat(mailet).isInstanceOf(Null.class);
    }

    @Test
    void loadMailetShouldCreateThroughFactoryAndInitWithParametersWhenGivenNestedClassName() throws Exception {
        Mailet mailet = loader.loadMailet(
                "root", 1, StepSettings.of("All", TestMailets.RECORD, Map.of("label", "seen")), context);

        mailet.service(TestMails.mail("m1", "a@x.gov.vn"));

        assertThat(journal.entries()).containsExactly("seen m1 [a@x.gov.vn]");
        assertThat(((GenericMailet) mailet).getMailetName()).isEqualTo(TestMailets.RECORD);
    }

    @Test
    void loadMatcherShouldPassConditionWhenMatchHasOne() throws Exception {
        Matcher matcher = loader.loadMatcher("root", 1, StepSettings.of("RecipientIs=a@x.gov.vn", "Null"), context);

        assertThat(matcher).isInstanceOf(RecipientIs.class);
        assertThat(matcher.getMatcherConfig().getMatcherName()).isEqualTo("RecipientIs");
        assertThat(matcher.getMatcherConfig().getCondition()).isEqualTo("a@x.gov.vn");
        assertThat(matcher.match(TestMails.mail("m1", "a@x.gov.vn", "b@y.gov.vn")))
                .containsExactly(new MailAddress("a@x.gov.vn"));
    }

    @Test
    void loadMailetShouldNameStepAndPackagesWhenMailetIsUnknown() {
        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> loader.loadMailet("root", 3, StepSettings.of("All", "Foo"), context))
                .withMessage("unknown mailet 'Foo' in processor 'root', step 3;"
                        + " looked in [vn.officialmail.gateway.mailets, org.apache.james.transport.mailets]");
    }

    @Test
    void loadMatcherShouldNameStepAndPackagesWhenMatcherIsUnknown() {
        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(
                        () -> loader.loadMatcher("transport", 2, StepSettings.of("SenderIsOffical=x", "Null"), context))
                .withMessage("unknown matcher 'SenderIsOffical' in processor 'transport', step 2;"
                        + " looked in [vn.officialmail.gateway.matchers, org.apache.james.transport.matchers]");
    }

    @Test
    void loadMailetShouldSayNoSuchClassWhenQualifiedNameIsUnknown() {
        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> loader.loadMailet("root", 1, StepSettings.of("All", "com.example.Foo"), context))
                .withMessage("unknown mailet 'com.example.Foo' in processor 'root', step 1;"
                        + " no class of that name is on the class path");
    }

    @Test
    void loadMailetShouldRejectClassThatIsNotAMailet() {
        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> loader.loadMailet("root", 4, StepSettings.of("All", "java.lang.String"), context))
                .withMessage("mailet 'java.lang.String' in processor 'root', step 4 is java.lang.String,"
                        + " which is not a org.apache.mailet.Mailet");
    }

    @Test
    void loadMailetShouldNotLookInMatcherPackagesWhenMatcherIsGivenAsMailet() {
        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> loader.loadMailet("root", 1, StepSettings.of("All", "RecipientIs"), context))
                .withMessage("unknown mailet 'RecipientIs' in processor 'root', step 1;"
                        + " looked in [vn.officialmail.gateway.mailets, org.apache.james.transport.mailets]");
    }

    @Test
    void loadMailetShouldWrapInitFailureWhenMailetRejectsItsParameters() {
        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() ->
                        loader.loadMailet("root", 2, StepSettings.of("All", TestMailets.REJECT_PARAMETERS), context))
                .withMessage("mailet '" + TestMailets.REJECT_PARAMETERS
                        + "' in processor 'root', step 2 rejected its parameters: 'level' must be 1..3: 7");
    }

    @Test
    void loadMailetShouldWrapInitFailureWhenStockMailetMissesParameters() {
        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> loader.loadMailet("root", 2, StepSettings.of("All", "SetMimeHeader"), context))
                .withMessage("mailet 'SetMimeHeader' in processor 'root', step 2 rejected its parameters:"
                        + " Please configure a name and a value");
    }

    @Test
    void loadMailetShouldRejectUnknownParameterWhenMailetChecksThem() {
        StepSettings step = StepSettings.of("All", TestMailets.RECORD, Map.of("lable", "typo"));

        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> loader.loadMailet("root", 1, step, context))
                .withMessageStartingWith(
                        "mailet '" + TestMailets.RECORD + "' in processor 'root', step 1 rejected its parameters: ")
                .withMessageContaining("lable");
    }

    @Test
    void loadMatcherShouldWrapInitFailureWhenStockMatcherMissesCondition() {
        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> loader.loadMatcher("root", 1, StepSettings.of("RecipientIs", "Null"), context))
                .withMessage("matcher 'RecipientIs' in processor 'root', step 1 rejected its condition:"
                        + " RecipientIs should have a condition  composed of a list of mail addresses");
    }

    @Test
    void loadMailetShouldSayWhatFailedWhenFactoryCannotCreateIt() {
        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> loader.loadMailet(
                        "root", 1, StepSettings.of("All", "org.apache.mailet.base.GenericMailet"), context))
                .withMessageStartingWith("mailet 'org.apache.mailet.base.GenericMailet' in processor 'root', step 1"
                        + " could not be created as org.apache.mailet.base.GenericMailet: ");
    }

    @Test
    void loadMailetShouldRejectStepWithoutMailet() {
        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> loader.loadMailet("root", 5, StepSettings.of("All", " "), context))
                .withMessage("step 5 in processor 'root' has no mailet; every step needs one, e.g. mailet: Null");
    }
}
