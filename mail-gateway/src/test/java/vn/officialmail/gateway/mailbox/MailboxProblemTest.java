package vn.officialmail.gateway.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MailboxProblemTest {

    @Test
    void bundlesShouldHaveTheSameKeysAndArgumentsInVietnameseAndEnglish() {
        ResourceBundle vi = MailboxProblem.bundle(MailboxProblem.VIETNAMESE);
        ResourceBundle en = MailboxProblem.bundle(Locale.ENGLISH);

        assertThat(vi.keySet()).isEqualTo(en.keySet());
        for (String key : vi.keySet()) {
            assertThat(new MessageFormat(vi.getString(key)).getFormats())
                    .as(key)
                    .hasSameSizeAs(new MessageFormat(en.getString(key)).getFormats());
        }
    }

    @Test
    void textShouldBeVietnameseUnlessEnglishIsAsked() {
        MailboxProblem problem = new MailboxProblem("port.range", 70_000);

        assertThat(problem.text(MailboxProblem.VIETNAMESE)).isEqualTo("Cổng (port) phải từ 1 đến 65535: 70000");
        assertThat(problem.text(Locale.of("fr"))).startsWith("Cổng");
        assertThat(problem.text(Locale.ENGLISH)).isEqualTo("port must be 1 to 65535: 70000");
        assertThat(problem.getMessage()).isEqualTo("port must be 1 to 65535: 70000");
    }

    @Test
    void constructorShouldNameTheKnownKeysWhenTheKeyIsUnknown() {
        assertThatThrownBy(() -> new MailboxProblem("port.wrong"))
                .hasMessageContaining("unknown mailbox problem key 'port.wrong'")
                .hasMessageContaining("port.range");
    }
}
