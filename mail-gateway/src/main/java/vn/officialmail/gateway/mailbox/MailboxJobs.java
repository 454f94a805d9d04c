package vn.officialmail.gateway.mailbox;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.scheduling.ScheduledJobs;

/**
 * Keeps one polling job per enabled mailbox (group {@code mailbox}, named after the account),
 * and the IDLE watchers, in line with the accounts: at startup and after every change through
 * the API.
 */
@Component
final class MailboxJobs {

    static final String GROUP = "mailbox";

    private final MailboxAccounts accounts;
    private final ScheduledJobs jobs;
    private final IdleWatchers watchers;
    private final MailboxSettings settings;

    MailboxJobs(MailboxAccounts accounts, ScheduledJobs jobs, IdleWatchers watchers, GatewaySettings gateway) {
        this.accounts = accounts;
        this.jobs = jobs;
        this.watchers = watchers;
        this.settings = gateway.mailbox();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        refresh();
    }

    /** Brings jobs and watchers in line with the stored accounts. */
    synchronized void refresh() {
        if (!settings.intakeEnabled()) {
            return;
        }
        List<MailboxAccount> enabled =
                accounts.all().stream().filter(MailboxAccount::enabled).toList();
        Set<String> wanted = new HashSet<>();
        for (MailboxAccount account : enabled) {
            wanted.add(account.name());
            jobs.every(
                    GROUP,
                    account.name(),
                    "Đọc hộp thư " + account.name() + " (" + account.unit() + ") / poll mailbox",
                    MailboxPollJob.class,
                    Map.of(MailboxPollJob.ACCOUNT_ID, Long.toString(account.id())),
                    settings.pollInterval(),
                    Duration.ofSeconds(1));
        }
        for (String name : jobs.names(GROUP)) {
            if (!wanted.contains(name)) {
                jobs.remove(GROUP, name);
            }
        }
        watchers.watch(settings.idle() ? enabled : List.of());
    }

    /** Reads the account now (after it was created or changed), besides its schedule. */
    void readNow(String name) {
        if (settings.intakeEnabled() && jobs.names(GROUP).contains(name)) {
            jobs.runNow(GROUP, name);
        }
    }
}
