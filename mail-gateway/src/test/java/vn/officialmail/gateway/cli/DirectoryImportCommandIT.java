package vn.officialmail.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.officialmail.gateway.GatewayCommandLine;

/** {@code official-mail directory-import FILE...} from the command line, against the gateway's own database. */
class DirectoryImportCommandIT {

    @TempDir
    Path dir;

    private GatewayCommandLine.Result run(String... args) throws Exception {
        return GatewayCommandLine.run(
                dir,
                List.of(args),
                "--gateway.data-dir=" + dir.resolve("data"),
                "--gateway.security.bootstrap-admin.password=directory-test");
    }

    private Path copy(String name) throws Exception {
        try (InputStream in = DirectoryImportCommandIT.class.getResourceAsStream("/directory/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void importShouldPrintCountsAndRejectedLinesAndAReimportOfTheEditedFileShouldUpdate() throws Exception {
        GatewayCommandLine.Result first =
                run("directory-import", copy("danh-ba.csv").toString());

        assertThat(first.exitCode()).as(first.output()).isEqualTo(1);
        assertThat(first.output())
                .contains("7 thêm mới / added, 0 cập nhật / updated, 0 không đổi / unchanged, 3 bị từ chối / rejected")
                .contains("danh-ba.csv:9: Đơn vị BTP-XX thuộc cơ quan KHONGCO")
                .contains("danh-ba.csv:10: address phải là địa chỉ thư như vanthu@moj.gov.vn: khong-phai-dia-chi");

        GatewayCommandLine.Result second = run(
                "directory-import",
                copy("danh-ba-sua.csv").toString(),
                copy("danh-ba.ldif").toString());

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output())
                .contains("danh-ba-sua.csv: 1 thêm mới / added, 2 cập nhật / updated, 2 không đổi / unchanged")
                .contains("danh-ba.ldif: 3 thêm mới / added");
    }

    @Test
    void missingFileShouldBeAUsageError() throws Exception {
        GatewayCommandLine.Result result =
                run("directory-import", dir.resolve("khong-co.csv").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("directory-import: no such file");
    }
}
