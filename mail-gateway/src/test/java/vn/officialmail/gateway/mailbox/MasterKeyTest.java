package vn.officialmail.gateway.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    @TempDir
    Path dir;

    @Test
    void loadShouldCreateAnOwnerOnlyKeyFileWhenThereIsNone() throws Exception {
        Path file = dir.resolve("keys").resolve("mailbox-master.key");

        SecretKey key = MasterKey.load(null, file);

        assertThat(key.getEncoded()).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(MasterKey.load(null, file).getEncoded()).isEqualTo(key.getEncoded());
    }

    @Test
    void loadShouldPreferTheGivenValueWhenThereIsOne() {
        byte[] bytes = new byte[32];
        bytes[0] = 7;

        SecretKey key = MasterKey.load(Base64.getEncoder().encodeToString(bytes), dir.resolve("unused.key"));

        assertThat(key.getEncoded()).isEqualTo(bytes);
        assertThat(dir.resolve("unused.key")).doesNotExist();
    }

    @Test
    void loadShouldNameTheSettingWhenTheKeyHasTheWrongLength() {
        String sixteen = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> MasterKey.load(sixteen, dir.resolve("k")))
                .hasMessageContaining("gateway.mailbox.master-key")
                .hasMessageContaining("must be 32 bytes (AES-256)")
                .hasMessageContaining("it has 16");
    }

    @Test
    void loadShouldNameTheFileWhenItIsNotBase64() throws Exception {
        Path file = dir.resolve("broken.key");
        Files.writeString(file, "not base64 !!");

        assertThatThrownBy(() -> MasterKey.load(null, file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not base64");
    }
}
