package vn.officialmail.gateway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.officialmail.gateway.backup.BackupSettings;
import vn.officialmail.gateway.calendar.CalendarSettings;
import vn.officialmail.gateway.classification.ClassifierSettings;
import vn.officialmail.gateway.container.PipelineSettings;
import vn.officialmail.gateway.directory.DirectorySettings;
import vn.officialmail.gateway.dossier.DossierSettings;
import vn.officialmail.gateway.handling.HandlingSettings;
import vn.officialmail.gateway.mailbox.MailboxAccountSettings;
import vn.officialmail.gateway.mailbox.MailboxSettings;
import vn.officialmail.gateway.policy.PolicySettings;
import vn.officialmail.gateway.processing.ProcessingSettings;
import vn.officialmail.gateway.registry.RegistrySettings;
import vn.officialmail.gateway.relay.RelaySettings;
import vn.officialmail.gateway.reminders.ReminderSettings;
import vn.officialmail.gateway.smtp.SmtpSettings;
import vn.officialmail.gateway.smtp.SubmissionSettings;
import vn.officialmail.gateway.spool.SpoolSettings;
import vn.officialmail.gateway.trust.authentication.AuthenticationSettings;
import vn.officialmail.gateway.users.SecuritySettings;

/**
 * Every {@code gateway.*} setting. Unknown keys fail startup, so a typo never silently falls
 * back to a default.
 *
 * @param dataDir where the spool, blob store, index and embedded database live
 * @param mode {@code inline} relays accepted mail to the next hop; {@code journal} only records
 * @param officialDomains sender domains whose mail is official; {@code *.x} matches x's subdomains
 * @param smtp the SMTP listener
 * @param spool the durable spool in front of the pipeline
 * @param processing the worker pool that takes spooled mail through the pipeline
 * @param relay the next hop in inline mode
 * @param security API authentication
 * @param pipeline the mailet processors
 * @param authentication sender authentication: DNS, trusted relays (SPF, DKIM, DMARC)
 * @param classifier the document classifier: the agency's catalogue overlay
 * @param backup where backups taken through the API are written
 * @param policy what the gateway does about verdicts: alerts
 * @param registry the registers: acknowledgement of receipt
 * @param directory the directory of issued mailboxes: domain policy and seeded entries
 * @param mailbox how unit mailboxes are read over IMAP: master key, IDLE, polling, batches
 * @param mailboxes the unit mailboxes to read (more can be added through {@code /api/mailboxes})
 * @param calendar working days: time zone, holidays, make-up working days
 * @param reminders the twice-daily reminders of what waits for each unit and person
 * @param submission the submission port (STARTTLS and SMTP AUTH required) for staff sending out
 * @param reports the monthly report mailed to the leadership
 * @param handling document handling: reminders of drafts for comments
 * @param dossiers the file plan (danh mục hồ sơ) and the agency code of dossier codes
 * @param extraction limits of attachment text extraction and its worker processes
 */
@Validated
@ConfigurationProperties(prefix = "gateway", ignoreUnknownFields = false)
public record GatewaySettings(
        @DefaultValue("./data") @NotNull Path dataDir,
        @DefaultValue("inline") @NotNull Mode mode,
        @DefaultValue({"*.gov.vn", "*.chinhphu.vn"}) @NotEmpty List<String> officialDomains,
        @DefaultValue @Valid SmtpSettings smtp,
        @DefaultValue @Valid SpoolSettings spool,
        @DefaultValue @Valid ProcessingSettings processing,
        @DefaultValue @Valid RelaySettings relay,
        @DefaultValue @Valid SecuritySettings security,
        @DefaultValue @Valid PipelineSettings pipeline,
        @DefaultValue AuthenticationSettings authentication,
        @DefaultValue ClassifierSettings classifier,
        @DefaultValue BackupSettings backup,
        @DefaultValue PolicySettings policy,
        @DefaultValue RegistrySettings registry,
        @DefaultValue DirectorySettings directory,
        @DefaultValue @Valid MailboxSettings mailbox,
        @DefaultValue List<MailboxAccountSettings> mailboxes,
        @DefaultValue CalendarSettings calendar,
        @DefaultValue @Valid ReminderSettings reminders,
        @DefaultValue @Valid SubmissionSettings submission,
        @DefaultValue vn.officialmail.gateway.reports.ReportSettings reports,
        @DefaultValue HandlingSettings handling,
        @DefaultValue DossierSettings dossiers,
        @DefaultValue @Valid vn.officialmail.gateway.content.ExtractionSettings extraction) {

    /** How the SMTP listener sits in the agency's mail flow (ARCHITECTURE.md, "Deployment modes"). */
    public enum Mode {
        /** MX → gateway → agency mail server: the gateway relays what it accepts. */
        INLINE,
        /** The mail server sends the gateway a copy: record and judge, never deliver. */
        JOURNAL
    }
}
