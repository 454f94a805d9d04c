package vn.officialmail.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RequestTextTest {

    @Test
    void ofShouldBeEmptyWhenNullEmptyOrBlank() {
        assertThat(RequestText.of(null, 10)).isEmpty();
        assertThat(RequestText.of("", 10)).isEmpty();
        assertThat(RequestText.of(" \t\r\n\u2003", 10)).isEmpty();
    }

    @Test
    void ofShouldStripAndComposeDecomposedVietnamese() {
        String decomposed = Normalizer.normalize("  Giấy mời họp Đơn vị  ", Normalizer.Form.NFD);

        assertThat(RequestText.of(decomposed, 100)).contains("Giấy mời họp Đơn vị");
        assertThat(RequestText.of("mo\u0301i", 100)).contains("mói");
    }

    @Test
    void ofShouldAcceptUpToTheBoundAndRefuseOneOverWithTheBoundInTheReason() {
        assertThat(RequestText.of("x".repeat(9), 10)).contains("x".repeat(9));
        assertThat(RequestText.of("x".repeat(10), 10)).contains("x".repeat(10));

        assertThatThrownBy(() -> RequestText.of("x".repeat(11), 10))
                .isInstanceOfSatisfying(RequestText.TooLongException.class, e -> assertThat(e.max())
                        .isEqualTo(10))
                .hasMessageContaining("400")
                .hasMessageContaining("Trường quá dài / a field is longer than 10 characters");
    }

    @Test
    void ofShouldMeasureTheKeptTextNotTheSpacesAroundItNorItsDecomposition() {
        String decomposed = Normalizer.normalize("ệ".repeat(10), Normalizer.Form.NFD); // 30 chars, 10 once composed

        assertThat(RequestText.of(decomposed, 10)).contains("ệ".repeat(10));
        assertThat(RequestText.of("   " + "x".repeat(10) + "   ", 10)).contains("x".repeat(10));
    }

    @Test
    void ofShouldGiveTheSameTextForComposedAndDecomposedInput() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String letters = "aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐ ";
        String marks = "\u0300\u0301\u0303\u0309\u0323";
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(1, 30); n > 0; n--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
                if (random.nextBoolean()) {
                    text.append(marks.charAt(random.nextInt(marks.length())));
                }
            }
            String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
            String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);

            assertThat(RequestText.of(decomposed, 1000))
                    .as("seed %d: %s", seed, composed)
                    .isEqualTo(RequestText.of(composed, 1000));
        }
    }
}
