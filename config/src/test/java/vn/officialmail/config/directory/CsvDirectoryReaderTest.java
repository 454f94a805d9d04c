package vn.officialmail.config.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvDirectoryReaderTest {

    private static final String HEADER =
            "kind,code,name,agency,domains,abbreviation,mailbox,head,delegate,unit,address\n";

    @Test
    void agencyUnitAndAccountShouldBeReadWithTheirLines() {
        DirectoryEntries entries = CsvDirectoryReader.read(HEADER
                + "agency,BTP,Bộ Tư pháp,,moj.gov.vn;ttpl.moj.gov.vn,,,,,,\n"
                + "unit,BTP-VP,Văn phòng Bộ,BTP,,VP,VanPhong@MOJ.gov.vn,cvp@moj.gov.vn,pcvp@moj.gov.vn,,\n"
                + "account,,Nguyễn Văn An,,,,,,,BTP-VP,nvan@moj.gov.vn\n");

        assertThat(entries.rejections()).isEmpty();
        assertThat(entries.agencies()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(2);
            assertThat(line.entry().domains()).containsExactly("moj.gov.vn", "ttpl.moj.gov.vn");
        });
        assertThat(entries.units().get(0).entry())
                .isEqualTo(new Unit(
                        "BTP-VP",
                        "BTP",
                        "Văn phòng Bộ",
                        "VP",
                        Optional.of("vanphong@moj.gov.vn"),
                        Optional.of("cvp@moj.gov.vn"),
                        Optional.of("pcvp@moj.gov.vn")));
        assertThat(entries.accounts().get(0).number()).isEqualTo(4);
        assertThat(entries.accounts().get(0).entry())
                .isEqualTo(new Account("nvan@moj.gov.vn", "Nguyễn Văn An", "BTP-VP"));
    }

    @Test
    void decomposedNamesShouldBeStoredComposedSoTheyEqualTypedOnes() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hằng", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nguyễn Thị Hằng");

        DirectoryEntries entries =
                CsvDirectoryReader.read("kind,name,unit,address\naccount," + nfd + ",BTP-VP,hang@moj.gov.vn\n");

        assertThat(entries.accounts().get(0).entry().displayName()).isEqualTo("Nguyễn Thị Hằng");
    }

    @Test
    void byteOrderMarkQuotedCommasQuotesAndLineBreaksShouldBeRead() {
        byte[] excel = ("\uFEFFkind,code,name,agency,abbreviation\r\n"
                        + "unit,BTP-PC,\"Vụ Pháp chế, Bộ Tư pháp\",BTP,PC\r\n"
                        + "unit,BTP-TC,\"Vụ \"\"Tổ chức\"\"\r\ncán bộ\",BTP,TCCB\r\n"
                        + "unit,,Thiếu mã,BTP,X\r\n")
                .getBytes(StandardCharsets.UTF_8);

        DirectoryEntries entries = DirectoryFiles.read("donvi.csv", excel);

        assertThat(entries.units())
                .extracting(line -> line.entry().name())
                .containsExactly("Vụ Pháp chế, Bộ Tư pháp", "Vụ \"Tổ chức\"\r\ncán bộ");
        // the record spanning two lines moves the next one to line 5
        assertThat(entries.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.problem().english()).isEqualTo("code is required");
            assertThat(r.problem().vietnamese()).isEqualTo("Thiếu code");
        });
    }

    @Test
    void semicolonSeparatedFilesShouldBeRead() {
        DirectoryEntries entries = CsvDirectoryReader.read("kind;code;name;domains;abbreviation\n"
                + "agency;BTC;Bộ Tài chính;mof.gov.vn;\n"
                + "agency;000.00.00.G12;Bộ Tài chính;mof.gov.vn;BTC\n");

        assertThat(entries.agencies().get(0).entry())
                .isEqualTo(new Agency("BTC", "Bộ Tài chính", List.of("mof.gov.vn")));
        assertThat(entries.agencies().get(0).entry().abbreviation()).isEqualTo("BTC");
        // an edXML organ code is no symbol abbreviation: the file gives it
        assertThat(entries.agencies().get(1).entry().abbreviation()).isEqualTo("BTC");
    }

    @Test
    void badRowsShouldBeRejectedWithLineAndReasonWhileGoodOnesAreKept() {
        DirectoryEntries entries = CsvDirectoryReader.read(HEADER
                + "agency,BTP,Bộ Tư pháp,,moj..gov.vn,,,,,,\n"
                + "account,,An,,,,,,,BTP-VP,not-an-address\n"
                + "person,,An,,,,,,,BTP-VP,an@moj.gov.vn\n"
                + "unit,BTP VP,Văn phòng,BTP,,VP,,,,,\n"
                + "account,,Bình,,,,,,,BTP-VP,binh@moj.gov.vn\n");

        assertThat(entries.accounts())
                .extracting(line -> line.entry().address())
                .containsExactly("binh@moj.gov.vn");
        assertThat(entries.rejections())
                .extracting(r -> r.line() + " " + r.problem().english())
                .containsExactly(
                        "2 domains must be a domain such as moj.gov.vn: moj..gov.vn",
                        "3 address must be a mailbox address such as vanthu@moj.gov.vn: not-an-address",
                        "4 kind must be agency, unit or account: person",
                        "5 code must be letters, digits, dots, hyphens or underscores (at most 64): BTP VP");
    }

    @Test
    void unknownColumnShouldRejectTheFileNamingTheKnownOnes() {
        assertThatExceptionOfType(DirectoryFormatException.class)
                .isThrownBy(() -> CsvDirectoryReader.read("kind,email\naccount,a@moj.gov.vn\n"))
                .withMessageContaining("unknown column 'email'")
                .withMessageContaining("[kind, code, name,");
    }

    @Test
    void unclosedQuoteShouldRejectTheFileNamingItsLine() {
        assertThatExceptionOfType(DirectoryFormatException.class)
                .isThrownBy(() -> CsvDirectoryReader.read("kind,name\nagency,\"Bộ Tư pháp\n"))
                .withMessageContaining("starts on line 2");
    }
}
