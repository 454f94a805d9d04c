package vn.officialmail.config.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LdifDirectoryReaderTest {

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void base64VietnameseValuesFoldedLinesAndDnNestingShouldBeRead() {
        String ldif = "version: 1\n"
                + "# Bộ Tư pháp exported by ldapsearch\n"
                + "dn: o=BTP,dc=gov,dc=vn\n"
                + "objectClass: organization\n"
                + "o:: " + b64("Bộ Tư pháp") + "\n"
                + "uniqueIdentifier: BTP\n"
                + "associatedDomain: moj.gov.vn\n"
                + "\n"
                + "dn: ou=VP, o=BTP,dc=gov,dc=vn\n"
                + "objectClass: organizationalUnit\n"
                + "ou:: " + b64("Văn phòng Bộ") + "\n"
                + "uniqueIdentifier: BTP-VP\n"
                + "omAbbreviation: VP\n"
                + "mail: vanphong@moj\n"
                + " .gov.vn\n"
                + "omHead: cvp@moj.gov.vn\n"
                + "\n"
                + "dn:: " + b64("uid=an,ou=VP,o=BTP,dc=gov,dc=vn") + "\n"
                + "objectClass: top\n"
                + "objectClass: inetOrgPerson\n"
                + "cn: An\n"
                + "displayName:: " + b64("Nguyễn Văn An") + "\n"
                + "mail: NVAn@moj.gov.vn\n";

        DirectoryEntries entries = DirectoryFiles.read("danhba.ldif", ldif.getBytes(StandardCharsets.UTF_8));

        assertThat(entries.rejections()).isEmpty();
        assertThat(entries.agencies().get(0).entry().name()).isEqualTo("Bộ Tư pháp");
        assertThat(entries.agencies().get(0).number()).isEqualTo(3);
        assertThat(entries.units().get(0).entry())
                .isEqualTo(new Unit(
                        "BTP-VP",
                        "BTP",
                        "Văn phòng Bộ",
                        "VP",
                        Optional.of("vanphong@moj.gov.vn"),
                        Optional.of("cvp@moj.gov.vn"),
                        Optional.empty()));
        assertThat(entries.accounts().get(0).entry())
                .isEqualTo(new Account("nvan@moj.gov.vn", "Nguyễn Văn An", "BTP-VP"));
        assertThat(entries.accounts().get(0).number()).isEqualTo(18);
    }

    @Test
    void brokenEntriesShouldBeRejectedWithTheirFirstLine() {
        String ldif = "dn: uid=x,dc=vn\n"
                + "objectClass: inetOrgPerson\n"
                + "mail: x@moj.gov.vn\n"
                + "cn:: !!!not base64\n"
                + "\n"
                + "dn: cn=printer,dc=vn\n"
                + "objectClass: device\n"
                + "\n"
                + "dn: uid=y,dc=vn\n"
                + "changetype: delete\n"
                + "\n"
                + "dn: uid=z,dc=vn\n"
                + "objectClass: inetOrgPerson\n"
                + "cn: Z\n"
                + "mail: z@moj.gov.vn\n"
                + "departmentNumber: BTP-VP\n";

        DirectoryEntries entries = LdifDirectoryReader.read(ldif);

        assertThat(entries.accounts())
                .extracting(line -> line.entry().address())
                .containsExactly("z@moj.gov.vn");
        assertThat(entries.rejections())
                .extracting(DirectoryEntries.Rejection::line, r -> r.problem().key())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "ldif.bad-value"),
                        org.assertj.core.groups.Tuple.tuple(6, "ldif.unknown-class"),
                        org.assertj.core.groups.Tuple.tuple(9, "ldif.changetype"));
    }

    @Test
    void fileWithoutExtensionShouldBeRecognisedByItsFirstLine() {
        assertThat(DirectoryFiles.isLdif("upload", "# export\nversion: 1\n")).isTrue();
        assertThat(DirectoryFiles.isLdif("upload", "\uFEFFkind,code\n")).isFalse();
    }
}
