package vn.officialmail.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseBytesTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = VietnameseBytesTest.class.getResourceAsStream("/encodings/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void decodeShouldReadTheSameParagraphFromUtf8Windows1258AndViscii() throws IOException {
        String utf8 = VietnameseBytes.decode(resource("utf-8.txt"));

        assertThat(utf8).startsWith("Chữ Quốc ngữ là hệ chữ viết thống nhất");
        assertThat(VietnameseBytes.decode(resource("windows-1258.txt"))).isEqualTo(utf8);
        assertThat(VietnameseBytes.decode(resource("viscii.txt"))).isEqualTo(utf8);
    }

    @Test
    void decodeShouldSkipUtf8ByteOrderMarkAndCompose() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = Normalizer.normalize("Giấy mời", Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);

        assertThat(VietnameseBytes.decode(bytes)).isEqualTo("Giấy mời");
        assertThat(VietnameseBytes.decode(new byte[0])).isEmpty();
    }

    @Test
    void decodeShouldRoundTripRandomTextThroughWindows1258() {
        long seed = RandomVietnamese.seed();
        Random random = new Random(seed);

        for (int i = 0; i < 200; i++) {
            String text = RandomVietnamese.mixedCase(random, 5 + random.nextInt(30));

            byte[] bytes = windows1258(text);

            assertThat(VietnameseBytes.decode(bytes))
                    .as("-Dtests.seed=%d, text '%s'", seed, text)
                    .isEqualTo(text);
        }
    }

    // windows-1258 has the quality letters (â ê ô ă ơ ư đ) precomposed and the tones as combining marks.
    private static byte[] windows1258(String text) {
        StringBuilder split = new StringBuilder();
        for (char c : text.toCharArray()) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tone = nfd.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            String rest = nfd.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", "");
            split.append(Normalizer.normalize(rest, Normalizer.Form.NFC)).append(tone);
        }
        return split.toString().getBytes(VietnameseBytes.WINDOWS_1258);
    }
}
