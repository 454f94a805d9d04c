package vn.officialmail.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class AttachmentNamesTest {

    @Test
    void decodeShouldReadVietnameseWhenNameIsRfc2047Base64OrQ() {
        assertThat(AttachmentNames.decode("=?UTF-8?B?R2nhuqV5IG3hu51pLnBkZg==?="))
                .isEqualTo("Giấy mời.pdf");
        assertThat(AttachmentNames.decode("=?utf-8?Q?Gi=E1=BA=A5y_m=E1=BB=9Di.pdf?="))
                .isEqualTo("Giấy mời.pdf");
    }

    @Test
    void decodeShouldJoinEncodedWordsWhenNameIsFoldedOverLines() {
        String folded = "=?UTF-8?B?" + TestDocuments.b64("Báo cáo ") + "?=\r\n =?UTF-8?B?"
                + TestDocuments.b64("tháng 11.docx") + "?=";

        assertThat(AttachmentNames.decode(folded)).isEqualTo("Báo cáo tháng 11.docx");
    }

    @Test
    void decodeShouldReadVietnameseWhenNameIsRfc2231ExtendedValue() {
        assertThat(AttachmentNames.decode("UTF-8''Gi%E1%BA%A5y%20m%E1%BB%9Di.pdf"))
                .isEqualTo("Giấy mời.pdf");
        assertThat(AttachmentNames.decode("utf-8'vi'T%E1%BB%9D%20tr%C3%ACnh.doc"))
                .isEqualTo("Tờ trình.doc");
    }

    @Test
    void decodeShouldReadLegacyCharsetWhenNameIsWindows1258() throws Exception {
        byte[] legacy = TestDocuments.windows1258("Giấy mời.txt");
        String encoded = "=?windows-1258?B?" + java.util.Base64.getEncoder().encodeToString(legacy) + "?=";

        assertThat(AttachmentNames.decode(encoded)).isEqualTo("Giấy mời.txt");
    }

    @Test
    void decodeShouldComposeAndKeepNamesWhenAlreadyDecodedOrBroken() {
        assertThat(AttachmentNames.decode(Normalizer.normalize("Giấy mời.pdf", Normalizer.Form.NFD)))
                .isEqualTo("Giấy mời.pdf");
        assertThat(AttachmentNames.decode("bao-cao.pdf")).isEqualTo("bao-cao.pdf");
        assertThat(AttachmentNames.decode("=?no-such-charset?B?YWJj?=")).isEqualTo("=?no-such-charset?B?YWJj?=");
        assertThat(AttachmentNames.decode("=?UTF-8?B?***?=")).isEqualTo("=?UTF-8?B?***?=");
        assertThat(AttachmentNames.decode("100%.txt")).isEqualTo("100%.txt");
    }
}
