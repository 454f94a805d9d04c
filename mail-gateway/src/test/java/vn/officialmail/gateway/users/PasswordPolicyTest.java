package vn.officialmail.gateway.users;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12);

    @Test
    void checkShouldAcceptAPasswordAtTheMinimumLength() {
        assertThatCode(() -> policy.check("clerk", "abcdefghij1!")).doesNotThrowAnyException();
    }

    @Test
    void checkShouldRefuseAPasswordOneShortOfTheMinimum() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> policy.check("clerk", "abcdefghi1!"))
                .withMessageContaining("at least 12 characters: it has 11");
    }

    @Test
    void checkShouldCountVietnameseLettersOnceWhetherComposedOrNot() {
        String nfd = Normalizer.normalize("Mật-khẩu-26", Normalizer.Form.NFD); // 11 letters, more code units

        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> policy.check("clerk", nfd))
                .withMessageContaining("it has 11");
    }

    @Test
    void checkShouldAcceptExactly72BytesAndRefuse73() {
        String letters = "ậẩễồữ".repeat(4) + "ậẩễ"; // 23 letters of 3 bytes each
        String at = letters + "1!a"; // 69 + 3 = 72 bytes
        String over = letters + "1!ab";

        assertThatCode(() -> policy.check("clerk", at)).doesNotThrowAnyException();
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> policy.check("clerk", over))
                .withMessageContaining("at most 72 bytes in UTF-8: it has 73");
    }

    @Test
    void checkShouldRefuseOnlyLettersOrTheUserNameOrFewDistinctCharacters() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> policy.check("clerk", "mộtmậtkhẩudài"))
                .withMessageContaining("mix letters");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> policy.check("clerk", "my-CLERK-2026!"))
                .withMessageContaining("must not contain the user name");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> policy.check("clerk", "abab1212abab"))
                .withMessageContaining("at least 5 different");
    }

    @Test
    void constructorShouldRefuseAMinimumOutsideItsBounds() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new PasswordPolicy(7))
                .withMessageContaining("between 8 and 64: 7");
    }
}
