package vn.officialmail.gateway.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class SmtpReplyTest {

    @Test
    void statusShouldBeServersEnhancedCodeWhenGiven() {
        assertThat(new SmtpReply(550, "5.1.1 <x@tuphap.gov.vn>: user unknown").status())
                .isEqualTo("5.1.1");
        assertThat(new SmtpReply(452, "4.2.2 mailbox full").status()).isEqualTo("4.2.2");
    }

    @Test
    void statusShouldFollowReplyCodeClassWhenNoEnhancedCode() {
        assertThat(new SmtpReply(554, "Transaction failed").status()).isEqualTo("5.0.0");
        assertThat(new SmtpReply(421, "closing").status()).isEqualTo("4.0.0");
    }

    @Test
    void statusShouldIgnoreEnhancedCodeWhenItsClassContradictsReplyCode() {
        assertThat(new SmtpReply(450, "5.7.1 try later").status()).isEqualTo("4.0.0");
    }

    @Test
    void permanentShouldHoldOnlyWhenReplyIs5xx() {
        assertThat(new SmtpReply(550, "no").permanent()).isTrue();
        assertThat(new SmtpReply(451, "later").permanent()).isFalse();
        assertThat(new SmtpReply(250, "ok").positive()).isTrue();
    }

    @Test
    void constructorShouldRejectCodeWhenOutOfRange() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new SmtpReply(99, "x"))
                .withMessage("reply code must be between 100 and 599: 99");
    }
}
