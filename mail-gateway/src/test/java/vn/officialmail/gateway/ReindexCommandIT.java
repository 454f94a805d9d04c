package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code official-mail reindex} rebuilds the search index from the message records and the blob
 * store, aside, then swaps it in; a message whose original is gone is indexed from its record and
 * named, and the command exits non-zero. Runs on a copy of {@link ImportedData}'s three messages.
 */
class ReindexCommandIT {

    @TempDir
    Path dir;

    @Test
    void reindexShouldRebuildFromRecordsAndBlobsAndNameMessagesWhoseOriginalIsGone() throws Exception {
        Path data = ImportedData.get().copyTo(dir);

        GatewayCommandLine.Result sound = ImportedData.run(dir, data, "reindex");

        assertThat(sound.output()).contains("index rebuilt: 3 messages, 0 from their record only");
        assertThat(sound.exitCode()).isZero();
        assertThat(data.resolve("index.rebuild")).doesNotExist();
        assertThat(data.resolve("index.old")).doesNotExist();

        String sha;
        long id;
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(ImportedData.h2Url(data), "sa", "");
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery(
                        "select id, raw_sha256 from message_record where subject = '" + ImportedData.REPORT + "'")) {
            row.next();
            id = row.getLong(1);
            sha = row.getString(2);
        }
        Files.delete(data.resolve("blobs")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha));

        GatewayCommandLine.Result degraded = ImportedData.run(dir, data, "reindex");

        assertThat(degraded.output())
                .contains("index rebuilt: 3 messages, 1 from their record only")
                .contains("from record only: message " + id);
        assertThat(degraded.exitCode()).isEqualTo(1);
        assertThat(ImportedData.run(dir, data, "reindex", "extra").output()).contains("reindex takes no operands");
    }
}
