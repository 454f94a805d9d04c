package vn.officialmail.config.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Vietnamese and English problem texts stay in step: same keys, same arguments. */
class DirectoryProblemTextsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    private static Properties load(String language) throws Exception {
        Properties texts = new Properties();
        try (InputStream in = DirectoryProblem.class.getResourceAsStream("problems_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static TreeSet<String> arguments(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyKeyShouldHaveBothLanguagesWithTheSameArguments() throws Exception {
        Properties vi = load("vi");
        Properties en = load("en");

        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : vi.stringPropertyNames()) {
            assertThat(arguments(vi.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
        }
    }

    @Test
    void unknownKeyShouldBeRefusedNamingTheKnownOnes() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> DirectoryProblem.of("no.such.key"))
                .withMessageContaining("unknown directory problem key 'no.such.key'");
    }
}
