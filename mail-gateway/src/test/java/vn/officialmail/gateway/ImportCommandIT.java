package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code official-mail import FILE|DIR} puts .eml files and mbox mailboxes through the pipeline
 * from the command line, with a progress line, and {@code reprocess} finds nothing to redo. The
 * import is {@link ImportedData}'s, made once; each test works on its own copy of the data.
 */
class ImportCommandIT {

    @TempDir
    Path dir;

    @Test
    void importShouldProcessEmlFilesAndMboxMessagesWhenGivenADirectory() throws Exception {
        ImportedData imported = ImportedData.get();

        GatewayCommandLine.Result result = imported.importResult();

        assertThat(result.output()).contains("imported 3 message(s) from 2 file(s); 0 file(s) skipped");
        assertThat(result.exitCode()).isZero();
        Path data = imported.copyTo(dir);
        GatewayCommandLine.Result reprocess = ImportedData.run(dir, data, "reprocess");
        assertThat(reprocess.output()).contains("reprocessed 0 message(s)");
        GatewayCommandLine.Result verify = ImportedData.run(dir, data, "audit-verify");
        assertThat(verify.output()).contains("registers: 2 entries checked: intact");
        GatewayCommandLine.Result fsck = ImportedData.run(dir, data, "fsck");
        assertThat(fsck.output())
                .contains("blobs: ")
                .contains("0 corrupt, 0 missing")
                .contains(": sound");
        assertThat(fsck.exitCode()).isZero();
        assertThat(verify.exitCode()).isZero();
    }

    @Test
    void auditVerifyShouldReportAnEntryRewrittenInTheDatabaseAndExitNonZero() throws Exception {
        Path data = ImportedData.get().copyTo(dir);
        long number;
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(ImportedData.h2Url(data), "sa", "");
                java.sql.Statement statement = connection.createStatement()) {
            try (java.sql.ResultSet row = statement.executeQuery(
                    "select number from register_entry where subject = '" + ImportedData.INVITATION + "'")) {
                row.next();
                number = row.getLong(1);
            }
            statement.executeUpdate(
                    "update register_entry set subject = 'Giấy mời họp bất thường' where number = " + number);
        }

        GatewayCommandLine.Result verify = ImportedData.run(dir, data, "audit-verify");

        assertThat(verify.output())
                .contains("registers: 2 entries checked: BROKEN")
                .contains("register incoming " + number + "/")
                .contains("content altered");
        assertThat(verify.exitCode()).isEqualTo(1);
    }

    @Test
    void importShouldExplainWhenThePathDoesNotExist() throws Exception {
        GatewayCommandLine.Result result = ImportedData.run(
                dir, dir.resolve("data"), "import", dir.resolve("missing").toString());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("import: no such file or directory:");
    }
}
