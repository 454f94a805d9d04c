package vn.officialmail.gateway.trust.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.trust.relay.AuthenticationResultsHeader.MethodResult;

/** RFC 8601 §2.2 parsing, including its Appendix B examples' forms and hostile input. */
class AuthenticationResultsParserTest {

    @Test
    void parseShouldReadMethodsResultsReasonsAndProperties() {
        AuthenticationResultsHeader header = AuthenticationResultsParser.parse(
                " mx.moj.gov.vn 1; spf=pass (sender IP is 203.0.113.5) smtp.mailfrom=vanthu@moj.gov.vn;\r\n"
                        + "\tdkim=pass (2048-bit key) reason=\"signature ok\" header.d=moj.gov.vn header.b=Ab+/cd;\r\n"
                        + "\tauth=pass (cram-md5) smtp.auth=vanthu@moj.gov.vn; dmarc/1=fail header.from=moj.gov.vn");

        assertThat(header.authservId()).isEqualTo("mx.moj.gov.vn");
        assertThat(header.results()).extracting(MethodResult::method).containsExactly("spf", "dkim", "auth", "dmarc");
        assertThat(header.first("spf").orElseThrow().property("smtp.mailfrom")).contains("vanthu@moj.gov.vn");
        MethodResult dkim = header.first("dkim").orElseThrow();
        assertThat(dkim.reason()).isEqualTo("signature ok");
        assertThat(dkim.property("header.b")).contains("Ab+/cd");
        assertThat(header.first("dmarc").orElseThrow().result()).isEqualTo("fail");
    }

    @Test
    void parseShouldAcceptNoResultsAndQuotedIds() {
        AuthenticationResultsHeader header = AuthenticationResultsParser.parse("\"mx (a) .moj\" ; none");

        assertThat(header.authservId()).isEqualTo("mx (a) .moj");
        assertThat(header.results()).isEmpty();
    }

    @Test
    void parseShouldDropNestedComments() {
        AuthenticationResultsHeader header = AuthenticationResultsParser.parse(
                "mx.moj.gov.vn (outer (inner \\) still)); spf=pass (x) smtp.helo=mail");

        assertThat(header.first("spf").orElseThrow().property("smtp.helo")).contains("mail");
    }

    @Test
    void parseShouldRefuseMalformedInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> AuthenticationResultsParser.parse(""));
        assertThatIllegalArgumentException().isThrownBy(() -> AuthenticationResultsParser.parse("mx; spf"));
        assertThatIllegalArgumentException().isThrownBy(() -> AuthenticationResultsParser.parse("mx; spf=pass (open"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuthenticationResultsParser.parse("mx; spf=pass bogus=1"));
        assertThatIllegalArgumentException().isThrownBy(() -> AuthenticationResultsParser.parse("mx"));
    }
}
