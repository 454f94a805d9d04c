package vn.officialmail.gateway.mailbox;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.GatewaySettings;

/**
 * At startup: opens every stored credential (a wrong master key stops the start here, with a
 * message saying what to do, instead of failing logins later), then writes the accounts of
 * {@code gateway.mailboxes} into the database, where the API and intake find them.
 */
@Component
final class ConfiguredMailboxes {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredMailboxes.class);

    ConfiguredMailboxes(GatewaySettings settings, MailboxAccounts accounts, TransactionTemplate transactions) {
        List<MailboxAccount> stored;
        try {
            stored = accounts.all();
        } catch (SecretCipher.WrongMasterKeyException e) {
            throw new IllegalStateException(
                    "The mailbox master key does not open the stored mailbox credentials ("
                            + e.getMessage()
                            + "). Start with the key they were saved under (GATEWAY_MAILBOX_MASTER_KEY or"
                            + " gateway.mailbox.master-key-file), or re-enter the mailbox passwords and tokens.",
                    e);
        }
        transactions.executeWithoutResult(status -> {
            // An account taken out of the configuration stops being read; its receipts stay.
            List<String> configuredNames = settings.mailboxes().stream()
                    .map(MailboxAccountSettings::name)
                    .toList();
            stored.stream()
                    .filter(a -> a.origin().equals(MailboxAccount.FROM_CONFIG))
                    .filter(a -> !configuredNames.contains(a.name()))
                    .forEach(a -> accounts.retire(a.id()));
            for (MailboxAccountSettings configured : settings.mailboxes()) {
                AccountForm.Checked checked;
                try {
                    Optional<MailboxAccount> existing = stored.stream()
                            .filter(a -> a.name().equals(configured.name()))
                            .findFirst();
                    checked = configured
                            .toForm()
                            .validate(existing.map(MailboxAccount::credentials).orElse(null));
                    if (existing.isPresent()) {
                        // validate() kept the refreshed access token while the refresh token is the same.
                        accounts.update(existing.get().id(), checked);
                    } else {
                        accounts.insert(checked, MailboxAccount.FROM_CONFIG);
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(
                            "gateway.mailboxes entry '" + configured.name() + "': " + e.getMessage(), e);
                }
                log.info(
                        "Mailbox {} ({}@{}, unit {}) from the configuration",
                        checked.name(),
                        checked.username(),
                        checked.host(),
                        checked.unit());
            }
        });
    }
}
