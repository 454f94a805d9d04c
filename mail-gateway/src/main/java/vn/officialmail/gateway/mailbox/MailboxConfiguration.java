package vn.officialmail.gateway.mailbox;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.officialmail.gateway.GatewaySettings;

/** The mailbox master key and the cipher built on it. */
@Configuration(proxyBeanMethods = false)
class MailboxConfiguration {

    @Bean
    SecretCipher mailboxSecretCipher(GatewaySettings settings) {
        MailboxSettings mailbox = settings.mailbox();
        Path file = mailbox.masterKeyFile() != null
                ? mailbox.masterKeyFile()
                : settings.dataDir().resolve("keys").resolve("mailbox-master.key");
        return new SecretCipher(MasterKey.load(mailbox.masterKey(), file));
    }
}
