package vn.officialmail.gateway.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static SecretCipher cipher() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretCipher(new SecretKeySpec(key, "AES"));
    }

    @Test
    void decryptShouldGiveBackThePlaintextWhenKeyAndContextMatch() {
        SecretCipher cipher = cipher();

        String sealed = cipher.encrypt("Mật khẩu hộp thư", "mailbox:vp:password");

        assertThat(sealed).startsWith("v1:").doesNotContain("Mật khẩu");
        assertThat(cipher.decrypt(sealed, "mailbox:vp:password")).isEqualTo("Mật khẩu hộp thư");
    }

    @Test
    void encryptShouldUseAFreshNonceWhenTheSameSecretIsSealedTwice() {
        SecretCipher cipher = cipher();

        assertThat(cipher.encrypt("same", "c")).isNotEqualTo(cipher.encrypt("same", "c"));
    }

    @Test
    void decryptShouldFailWhenTheCiphertextIsMovedToAnotherAccount() {
        SecretCipher cipher = cipher();
        String sealed = cipher.encrypt("secret", "mailbox:vp:password");

        assertThatThrownBy(() -> cipher.decrypt(sealed, "mailbox:pc:password"))
                .isInstanceOf(SecretCipher.WrongMasterKeyException.class)
                .hasMessageContaining("mailbox:pc:password does not decrypt under this master key");
    }

    @Test
    void decryptShouldFailWhenTheKeyIsAnother() {
        String sealed = cipher().encrypt("secret", "c");

        assertThatThrownBy(() -> cipher().decrypt(sealed, "c"))
                .isInstanceOf(SecretCipher.WrongMasterKeyException.class)
                .hasMessageContaining("does not decrypt under this master key");
    }

    @Test
    void decryptShouldFailWhenOneByteIsAltered() {
        SecretCipher cipher = cipher();
        String sealed = cipher.encrypt("secret", "c");
        byte[] bytes = java.util.Base64.getDecoder().decode(sealed.substring("v1:".length()));
        bytes[bytes.length / 2] ^= 0x01; // one bit of the ciphertext (a base64 character may only carry padding bits)
        String altered = "v1:" + java.util.Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(altered, "c")).isInstanceOf(SecretCipher.WrongMasterKeyException.class);
    }
}
