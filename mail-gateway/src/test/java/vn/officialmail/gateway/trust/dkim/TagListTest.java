package vn.officialmail.gateway.trust.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TagListTest {

    @Test
    void parseShouldTrimFoldingWhitespaceAroundTagsAndValues() {
        TagList tags = TagList.parse(" v=1;\r\n\ta = rsa-sha256 ; b=ab\r\n cd;");

        assertThat(tags.require("v")).isEqualTo("1");
        assertThat(tags.require("a")).isEqualTo("rsa-sha256");
        assertThat(TagList.withoutWhitespace(tags.require("b"))).isEqualTo("abcd");
        assertThat(tags.firstTag()).contains("v");
    }

    @Test
    void parseShouldRefuseDuplicatesAndSpecsWithoutEquals() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TagList.parse("a=1; a=2"))
                .withMessage("tag 'a' given twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TagList.parse("a=1; junk"))
                .withMessage("tag without '=': 'junk'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TagList.parse("1a=1"))
                .withMessage("bad tag name '1a'");
    }

    @Test
    void requireShouldNameTheMissingTag() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TagList.parse("v=1").require("d"))
                .withMessage("required tag 'd' is missing");
    }
}
