package vn.officialmail.gateway.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.officialmail.gateway.container.TestMailets.FAIL;
import static vn.officialmail.gateway.container.TestMailets.FAIL_MATCHER;
import static vn.officialmail.gateway.container.TestMailets.RECORD;
import static vn.officialmail.gateway.container.TestMailets.RECORDING_ALL;
import static vn.officialmail.gateway.container.TestMailets.SET_STATE;
import static vn.officialmail.gateway.container.TestMails.mail;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.container.TestMailets.Journal;

class MailetContainerTest {
    private final Journal journal = new Journal();
    private final List<Mail> submitted = new ArrayList<>();
    private final GatewayMailetContext context;

    MailetContainerTest() throws Exception {
        context = new GatewayMailetContext(
                (mail, state) -> submitted.add(mail),
                domain -> domain.asString().endsWith("gov.vn"),
                new MailAddress("postmaster@gateway.gov.vn"));
    }

    private static StepSettings record(String label) {
        return StepSettings.of("All", RECORD, Map.of("label", label));
    }

    private static StepSettings toProcessor(String processor) {
        return StepSettings.of("All", "ToProcessor", Map.of("processor", processor));
    }

    private static StepSettings fail(String message) {
        return StepSettings.of("All", FAIL, Map.of("message", message));
    }

    private static Map<String, List<StepSettings>> processors(Object... nameThenSteps) {
        Map<String, List<StepSettings>> processors = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSteps.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<StepSettings> steps = (List<StepSettings>) nameThenSteps[i + 1];
            processors.put((String) nameThenSteps[i], steps);
        }
        return processors;
    }

    private MailetContainer container(Map<String, List<StepSettings>> processors) {
        return new MailetContainer(
                new PipelineSettings(processors), new MailetLoader(TestMailets.factory(journal)), context);
    }

    @Test
    void processShouldRouteThroughRootAndTransportToGhostWhenStockToProcessorMovesTheMail() throws Exception {
        MailetContainer container = container(processors(
                "root", List.of(record("root"), toProcessor("transport")),
                "transport", List.of(record("transport"), StepSettings.of("All", "Null")),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        container.process(mail);

        assertThat(journal.entries()).containsExactly("root m1 [a@x.gov.vn]", "transport m1 [a@x.gov.vn]");
        assertThat(mail.getState()).isEqualTo("ghost");
    }

    @Test
    void processShouldContinueInFirstStepOfNewProcessorWhenMailetChangesStateMidProcessor() throws Exception {
        MailetContainer container = container(processors(
                "root",
                        List.of(
                                record("before"),
                                StepSettings.of("All", SET_STATE, Map.of("state", "transport")),
                                record("skipped")),
                "transport", List.of(record("first"), record("second")),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        container.process(mail);

        assertThat(journal.entries())
                .containsExactly("before m1 [a@x.gov.vn]", "first m1 [a@x.gov.vn]", "second m1 [a@x.gov.vn]");
    }

    @Test
    void processShouldEndInGhostWhenProcessorRunsOutOfSteps() throws Exception {
        MailetContainer container =
                container(processors("root", List.of(record("only")), "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        container.process(mail);

        assertThat(journal.entries()).containsExactly("only m1 [a@x.gov.vn]");
        assertThat(mail.getState()).isEqualTo("ghost");
    }

    @Test
    void processShouldStartInMailStateWhenMailHasOne() throws Exception {
        MailetContainer container = container(processors(
                "root", List.of(record("root")),
                "transport", List.of(record("transport")),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");
        mail.setState("transport");

        container.process(mail);

        assertThat(journal.entries()).containsExactly("transport m1 [a@x.gov.vn]");
    }

    @Test
    void processShouldSplitRecipientsWhenStockMatcherMatchesSomeOfThem() throws Exception {
        MailetContainer container = container(processors(
                "root",
                        List.of(
                                StepSettings.of("RecipientIs=a@x.gov.vn", RECORD, Map.of("label", "matched")),
                                record("next")),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn", "b@y.gov.vn");

        container.process(mail);

        assertThat(journal.entries())
                .containsExactlyInAnyOrder(
                        "matched m1-1 [a@x.gov.vn]", "next m1-1 [a@x.gov.vn]", "next m1 [b@y.gov.vn]");
        assertThat(mail.getRecipients()).containsExactly(new MailAddress("b@y.gov.vn"));
        assertThat(mail.getState()).isEqualTo("ghost");
    }

    @Test
    void processShouldTakeSplitMailOnItsOwnPathWhenMailetMovesIt() throws Exception {
        MailetContainer container = container(processors(
                "root",
                        List.of(
                                StepSettings.of(
                                        "RecipientIs=a@x.gov.vn", "ToProcessor", Map.of("processor", "transport")),
                                record("root")),
                "transport", List.of(record("transport")),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn", "b@y.gov.vn", "c@z.gov.vn");

        container.process(mail);

        assertThat(journal.entries())
                .containsExactlyInAnyOrder("transport m1-1 [a@x.gov.vn]", "root m1 [b@y.gov.vn, c@z.gov.vn]");
    }

    @Test
    void processShouldRunWholeMailWithoutSplitWhenMatcherMatchesEveryRecipient() throws Exception {
        MailetContainer container = container(processors(
                "root",
                        List.of(StepSettings.of(
                                "RecipientIs=a@x.gov.vn,b@y.gov.vn", RECORD, Map.of("label", "matched"))),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn", "b@y.gov.vn");

        container.process(mail);

        assertThat(journal.entries()).containsExactly("matched m1 [a@x.gov.vn, b@y.gov.vn]");
    }

    @Test
    void processShouldSendMailToErrorProcessorWithMessageWhenMailetFails() throws Exception {
        MailetContainer container = container(processors(
                "root", List.of(fail("registry unavailable"), record("after")),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        container.process(mail);

        assertThat(journal.entries()).containsExactly("error m1 [a@x.gov.vn]");
        assertThat(mail.getErrorMessage())
                .isEqualTo("Mailet " + FAIL + " failed in processor root, step 1: registry unavailable");
        assertThat(mail.getAttribute(Mail.MAILET_ERROR))
                .hasValueSatisfying(
                        attribute -> assertThat(attribute.getValue().value()).isInstanceOf(MessagingException.class));
    }

    @Test
    void processShouldSendMailToErrorProcessorWhenMatcherFails() throws Exception {
        MailetContainer container = container(processors(
                "root", List.of(StepSettings.of(FAIL_MATCHER + "=directory down", RECORD)),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        container.process(mail);

        assertThat(journal.entries()).containsExactly("error m1 [a@x.gov.vn]");
        assertThat(mail.getErrorMessage()).endsWith("failed in processor root, step 1: directory down");
    }

    @Test
    void processShouldContinueWithNextStepWhenStepIgnoresExceptions() throws Exception {
        MailetContainer container = container(processors(
                "root", List.of(fail("index busy").withOnException("ignore"), record("after")),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        container.process(mail);

        assertThat(journal.entries()).containsExactly("after m1 [a@x.gov.vn]");
        assertThat(mail.getErrorMessage()).isNull();
    }

    @Test
    void processShouldThrowWithCauseWhenStepPropagatesExceptions() {
        MailetContainer container = container(processors(
                "root", List.of(fail("disk full").withOnException("propagate")),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        assertThatExceptionOfType(MessagingException.class)
                .isThrownBy(() -> container.process(mail))
                .withMessageStartingWith("Mailet " + FAIL + " failed on mail m1 in processor root")
                .havingCause()
                .withMessage("disk full");
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void processShouldSendMailToNamedProcessorWhenStepNamesOneForExceptions() throws Exception {
        MailetContainer container = container(processors(
                "root", List.of(fail("cannot classify").withOnException("quarantine")),
                "quarantine", List.of(record("quarantine")),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        container.process(mail);

        assertThat(journal.entries()).containsExactly("quarantine m1 [a@x.gov.vn]");
        assertThat(mail.getErrorMessage()).endsWith("cannot classify");
    }

    @Test
    void processShouldThrowInsteadOfLoopingWhenErrorProcessorFails() {
        MailetContainer container = container(processors(
                "root", List.of(fail("first failure")),
                "error", List.of(fail("error handling failed"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        assertThatExceptionOfType(MessagingException.class)
                .isThrownBy(() -> container.process(mail))
                .withMessageStartingWith("Mailet " + FAIL + " failed on mail m1 in processor error")
                .havingCause()
                .withMessage("error handling failed");
    }

    @Test
    void processShouldSendMailToErrorProcessorWhenMailetSetsStateWithoutProcessor() throws Exception {
        MailetContainer container = container(processors(
                "root", List.of(StepSettings.of("All", SET_STATE, Map.of("state", "nowhere"))),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        container.process(mail);

        assertThat(journal.entries()).containsExactly("error m1 [a@x.gov.vn]");
        assertThat(mail.getErrorMessage())
                .contains(
                        "it set state 'nowhere', but no processor of that name is configured; configured: [root, error]");
    }

    @Test
    void processShouldThrowNamingMailAndPathWhenProcessorsLoop() {
        MailetContainer container = container(processors(
                "root", List.of(toProcessor("transport")),
                "transport", List.of(toProcessor("root")),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        assertThatExceptionOfType(MessagingException.class)
                .isThrownBy(() -> container.process(mail))
                .withMessageStartingWith("mail m1 moved between processors more than 100 times, so the pipeline loops: "
                        + "root → transport → root → transport");
    }

    @Test
    void processShouldAllowExactlyOneHundredProcessorTransitions() throws Exception {
        List<StepSettings> hops = List.of(StepSettings.of("All", SET_STATE, Map.of("state", "p1")));
        Map<String, List<StepSettings>> processors = new LinkedHashMap<>();
        processors.put("root", hops);
        for (int i = 1; i < 100; i++) {
            processors.put("p" + i, List.of(StepSettings.of("All", SET_STATE, Map.of("state", "p" + (i + 1)))));
        }
        processors.put("p100", List.of(record("last")));
        processors.put("error", List.of(record("error")));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        container(processors).process(mail);

        assertThat(journal.entries()).containsExactly("last m1 [a@x.gov.vn]");
    }

    @Test
    void processShouldThrowWhenMailStateNamesNoProcessor() {
        MailetContainer container =
                container(processors("root", List.of(record("root")), "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");
        mail.setState("archive");

        assertThatExceptionOfType(MessagingException.class)
                .isThrownBy(() -> container.process(mail))
                .withMessage("mail m1 is in state 'archive', but no processor of that name is configured;"
                        + " configured: [root, error]");
    }

    @Test
    void processShouldRunStockMailetsUnmodified() throws Exception {
        MailetContainer container = container(processors(
                "root",
                        List.of(
                                StepSettings.of(
                                        "All", "SetMimeHeader", Map.of("name", "X-Gateway", "value", "checked")),
                                StepSettings.of("HasHeader=X-Gateway", "Null"),
                                record("not reached")),
                "error", List.of(record("error"))));
        GatewayMail mail = mail("m1", "a@x.gov.vn");

        container.process(mail);

        assertThat(mail.getMessage().getHeader("X-Gateway")).containsExactly("checked");
        assertThat(new String(mail.raw(), StandardCharsets.UTF_8))
                .contains("X-Gateway: checked\r\n")
                .contains("Message-ID: <m1@hanoi.gov.vn>");
        assertThat(mail.getState()).isEqualTo("ghost");
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void describeShouldListMatcherAndMailetOfEveryStepPerProcessor() {
        MailetContainer container = container(processors(
                "root", List.of(StepSettings.of("RecipientIs=a@x.gov.vn", "Null"), toProcessor("error")),
                "error", List.of(StepSettings.of("", "Null"))));

        Map<String, List<String>> description = container.describe();

        assertThat(description)
                .containsExactly(
                        Map.entry("root", List.of("RecipientIs=a@x.gov.vn → Null", "All → ToProcessor")),
                        Map.entry("error", List.of("All → Null")));
    }

    @Test
    void closeShouldDestroyEveryMailetAndMatcher() {
        MailetContainer container = container(processors(
                "root", List.of(StepSettings.of(RECORDING_ALL + "=root", RECORD, Map.of("label", "root"))),
                "error", List.of(StepSettings.of(RECORDING_ALL + "=error", RECORD, Map.of("label", "error")))));

        container.close();
        container.close();

        assertThat(journal.entries())
                .containsExactly(
                        "destroyed root", "destroyed matcher root", "destroyed error", "destroyed matcher error");
    }

    @Test
    void processShouldFailWhenContainerIsClosed() {
        MailetContainer container =
                container(processors("root", List.of(record("root")), "error", List.of(record("error"))));
        container.close();

        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> container.process(mail("m1", "a@x.gov.vn")))
                .withMessage("the mailet container is closed; mail m1 not processed");
    }

    @Test
    void constructorShouldNameMissingAndConfiguredProcessorsWhenErrorIsMissing() {
        Map<String, List<StepSettings>> processors =
                processors("root", List.of(record("root")), "transport", List.of(record("transport")));

        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> container(processors))
                .withMessage("the pipeline needs processors [root, error]; missing: [error];"
                        + " configured: [root, transport]");
    }

    @Test
    void constructorShouldNameBothMissingProcessorsWhenNothingIsConfigured() {
        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> container(Map.of()))
                .withMessage("the pipeline needs processors [root, error]; missing: [error, root]; configured: []");
    }

    @Test
    void constructorShouldRejectGhostProcessor() {
        Map<String, List<StepSettings>> processors = processors(
                "root", List.of(record("root")), "error", List.of(record("error")), "ghost", List.of(record("g")));

        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> container(processors))
                .withMessage("processor 'ghost' cannot be configured: it is the state in which processing ends;"
                        + " configured: [root, error, ghost]");
    }

    @Test
    void constructorShouldRejectProcessorWithoutSteps() {
        Map<String, List<StepSettings>> processors = processors("root", List.of(record("root")), "error", List.of());

        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> container(processors))
                .withMessage("processor 'error' has no steps; it needs at least one"
                        + " (e.g. mailet: Null to end processing there)");
    }

    @Test
    void constructorShouldRejectOnExceptionNamingNoProcessor() {
        Map<String, List<StepSettings>> processors = processors(
                "root", List.of(record("root"), fail("x").withOnException("qurantine")),
                "error", List.of(record("error")));

        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> container(processors))
                .withMessage("onException 'qurantine' of step 2 in processor 'root' names no processor;"
                        + " allowed: error, ignore, propagate or one of [root, error]");
    }

    @Test
    void constructorShouldRejectStockToProcessorTargetThatIsNotConfigured() {
        Map<String, List<StepSettings>> processors =
                processors("root", List.of(toProcessor("transprot")), "error", List.of(record("error")));

        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> container(processors))
                .withMessage("mailet 'ToProcessor' in processor 'root', step 1 sends mail to processor 'transprot',"
                        + " which is not configured; configured: [root, error]");
    }

    @Test
    void constructorShouldDestroyLoadedStepsWhenALaterStepCannotBeLoaded() {
        Map<String, List<StepSettings>> processors = processors(
                "root", List.of(StepSettings.of(RECORDING_ALL + "=first", RECORD, Map.of("label", "first"))),
                "error", List.of(StepSettings.of("All", "NoSuchMailet")));

        assertThatExceptionOfType(InvalidPipelineException.class)
                .isThrownBy(() -> container(processors))
                .withMessageStartingWith("unknown mailet 'NoSuchMailet' in processor 'error', step 1");
        assertThat(journal.entries()).containsExactly("destroyed first", "destroyed matcher first");
    }
}
