package vn.officialmail.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.officialmail.gateway.GatewayCommandLine;

/** {@code classify} and {@code eval} from the built jar, on real documents, without a database. */
class ClassifyCommandIT {

    @TempDir
    Path dir;

    @Test
    void classifyShouldPrintTypeAndLegalMetadataAsJsonWhenGivenARealDecision() throws Exception {
        Path decision = documents().resolve("fd96ea52aa86.txt");

        GatewayCommandLine.Result result = GatewayCommandLine.run(dir, List.of("classify", decision.toString()));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("\"file\":\"" + decision + "\"")
                .contains("\"type\":\"quyet-dinh\"")
                .contains("\"typeName\":\"Quyết định\"")
                .contains("\"number\":\"4001\"")
                .contains("\"symbol\":\"QĐ-BKHCN\"")
                .contains("\"date\":\"2025-12-02\"");
    }

    @Test
    void classifyShouldReadTheAttachedDocumentWhenGivenAnEml() throws Exception {
        String letter = Files.readString(documents().resolve("d79384b1b9c4.txt"), StandardCharsets.UTF_8);
        Path eml = dir.resolve("thu.eml");
        Files.writeString(
                eml,
                String.join(
                        "\r\n",
                        "From: vanthu@gdt.gov.vn",
                        "To: vanthu@hcmtax.gov.vn",
                        "Subject: =?UTF-8?B?R+G7rWkgY8O0bmcgdsSDbg==?=",
                        "MIME-Version: 1.0",
                        "Content-Type: multipart/mixed; boundary=b",
                        "",
                        "--b",
                        "Content-Type: text/plain; charset=UTF-8",
                        "",
                        "Kính gửi anh chị, văn thư gửi kèm công văn.",
                        "--b",
                        "Content-Type: text/plain; charset=UTF-8; name=cong-van.txt",
                        "Content-Disposition: attachment; filename=cong-van.txt",
                        "Content-Transfer-Encoding: 8bit",
                        "",
                        letter,
                        "--b--",
                        ""),
                StandardCharsets.UTF_8);

        GatewayCommandLine.Result result = GatewayCommandLine.run(dir, List.of("classify", eml.toString()));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("\"type\":\"cong-van\"")
                .contains("\"numberSymbol\":\"5615/CT-CS\"")
                .contains("\"date\":\"2025-11-28\"")
                .contains("Căn cứ: tệp đính kèm cong-van.txt");
    }

    @Test
    void evalShouldReportScoresWhenGivenALabelledFolder() throws Exception {
        GatewayCommandLine.Result result =
                GatewayCommandLine.run(dir, List.of("eval", documents().toString()));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("2 labelled file(s)")
                .containsIgnoringCase("macro")
                .contains("statistical model alone");
    }

    @Test
    void classifyShouldExplainWhenTheFileDoesNotExist() throws Exception {
        GatewayCommandLine.Result result = GatewayCommandLine.run(
                dir, List.of("classify", dir.resolve("khong-co.pdf").toString()));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("classify: no such file:");
    }

    @Test
    void gatewayShouldRefuseToStartWithTheKeyAndValueWhenTheAgencyCatalogueIsBroken() throws Exception {
        Path catalogue = dir.resolve("danh-muc.yml");
        Files.writeString(
                catalogue,
                String.join("\n", "types:", "  - id: giay-moi", "    abreviation: GM", "    kinds: [secret]", ""),
                StandardCharsets.UTF_8);

        GatewayCommandLine.Result result = GatewayCommandLine.run(
                dir,
                List.of("reprocess"),
                "--gateway.data-dir=" + dir.resolve("data"),
                "--gateway.security.bootstrap-admin.password=catalogue-test",
                "--gateway.classifier.catalogue=" + catalogue);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output())
                .contains("danh-muc.yml")
                .contains("types[giay-moi]: unknown key 'abreviation'")
                .contains("unknown kind 'secret'; allowed: [administrative, normative, copy]");
    }

    private static Path documents() throws Exception {
        return Path.of(ClassifyCommandIT.class.getResource("/documents").toURI());
    }
}
