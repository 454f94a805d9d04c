package vn.officialmail.gateway.mailbox;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.officialmail.gateway.GatewaySettings;

/** The mailbox master key and the cipher built on it. */
@Configuration(proxyBeanMethods = false)
public class MailboxConfiguration {

    @Bean
    SecretCipher mailboxSecretCipher(GatewaySettings settings) {
        return new SecretCipher(MasterKey.load(settings.mailbox().masterKey(), masterKeyFile(settings)));
    }

    /** Where the mailbox master key is kept when it is not given as a value; backups leave this file out. */
    public static Path masterKeyFile(GatewaySettings settings) {
        MailboxSettings mailbox = settings.mailbox();
        return mailbox.masterKeyFile() != null
                ? mailbox.masterKeyFile()
                : settings.dataDir().resolve("keys").resolve("mailbox-master.key");
    }
}
