package vn.officialmail.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditHeadExportTest {

    @TempDir
    Path dataDir;

    @Test
    void exportedHeadShouldCarryAValidSignatureWhenWrittenByTheGateway() throws Exception {
        AuditHeadExport export = new AuditHeadExport(dataDir, AuditSigningKey.loadOrCreate(dataDir.resolve("keys")));
        AuditHead head = new AuditHead(42, "a".repeat(64));

        export.write(head);

        assertThat(export.read()).hasValueSatisfying(read -> {
            assertThat(read.head()).isEqualTo(head);
            assertThat(read.signatureValid()).isTrue();
        });
    }

    @Test
    void signatureShouldNotHoldWhenTheFileIsEditedToMatchARewrittenChain() throws Exception {
        AuditHeadExport export = new AuditHeadExport(dataDir, AuditSigningKey.loadOrCreate(dataDir.resolve("keys")));
        export.write(new AuditHead(42, "a".repeat(64)));
        Path file = dataDir.resolve("audit").resolve("chain-head");
        String edited = Files.readString(file, StandardCharsets.US_ASCII).replace("a".repeat(64), "b".repeat(64));
        Files.writeString(file, edited, StandardCharsets.US_ASCII);

        assertThat(export.read()).hasValueSatisfying(read -> {
            assertThat(read.head().hash()).isEqualTo("b".repeat(64));
            assertThat(read.signatureValid()).isFalse();
        });
    }

    @Test
    void signatureShouldNotHoldWhenAnotherKeySignedTheHead() throws Exception {
        new AuditHeadExport(dataDir, AuditSigningKey.loadOrCreate(dataDir.resolve("other-keys")))
                .write(new AuditHead(7, "c".repeat(64)));

        AuditHeadExport ours = new AuditHeadExport(dataDir, AuditSigningKey.loadOrCreate(dataDir.resolve("keys")));

        assertThat(ours.read())
                .hasValueSatisfying(read -> assertThat(read.signatureValid()).isFalse());
    }

    @Test
    void privateKeyShouldBeReadableByItsOwnerOnlyWhenCreated() throws Exception {
        AuditSigningKey.loadOrCreate(dataDir.resolve("keys"));

        assertThat(Files.getPosixFilePermissions(dataDir.resolve("keys").resolve("audit-signing.key")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void sameKeyShouldBeLoadedAgainWhenTheGatewayRestarts() throws Exception {
        new AuditHeadExport(dataDir, AuditSigningKey.loadOrCreate(dataDir.resolve("keys")))
                .write(new AuditHead(9, "d".repeat(64)));

        AuditHeadExport afterRestart =
                new AuditHeadExport(dataDir, AuditSigningKey.loadOrCreate(dataDir.resolve("keys")));

        assertThat(afterRestart.read())
                .hasValueSatisfying(read -> assertThat(read.signatureValid()).isTrue());
    }
}
