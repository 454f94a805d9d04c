package vn.officialmail.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.reports.ComplianceFigures;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.ConsoleNavigation;
import vn.officialmail.gateway.web.ConsoleText;

/**
 * {@code GET /console/mailboxes}: the health of each unit mailbox read over IMAP: when each folder
 * was last read, what is still waiting, the last error. A folder not read for three poll intervals
 * is flagged late. Read-only; the accounts are managed through {@code /api/mailboxes}. Never shows
 * a secret (only the table's plain columns are read).
 */
@Controller
class MailboxHealthPage {

    static final String PATH = "/console/mailboxes";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration late;

    MailboxHealthPage(JdbcClient jdbc, Clock clock, ComplianceFigures figures, GatewaySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = figures.zone();
        this.late = settings.mailbox().pollInterval().multipliedBy(3);
    }

    record FolderHealth(
            String account,
            String unit,
            boolean enabled,
            Optional<String> folder,
            Optional<Instant> lastPoll,
            long pending,
            long taken,
            Optional<String> error) {}

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String health(HttpServletRequest request, @AuthenticationPrincipal GatewayUser reader) {
        ConsoleText text = ConsoleText.of(request);
        Instant now = clock.instant();
        List<List<String>> rows = new ArrayList<>();
        for (FolderHealth f : folders()) {
            String status;
            if (!f.enabled()) {
                status = text.get("mailboxes.disabled");
            } else if (f.error().isPresent()) {
                status = "<span class=\"bad\">" + text.get("mailboxes.error") + "</span>";
            } else if (f.lastPoll().isEmpty() || f.lastPoll().get().plus(late).isBefore(now)) {
                status = "<span class=\"bad\">" + text.get("mailboxes.late") + "</span>";
            } else {
                status = "<span class=\"ok\">" + text.get("mailboxes.ok") + "</span>";
            }
            rows.add(List.of(
                    Html.escape(f.account()),
                    Html.escape(f.unit()),
                    Html.escape(f.folder().orElse("—")),
                    f.lastPoll().map(t -> Html.time(t, zone)).orElse(text.get("mailboxes.never")),
                    "#" + f.pending(),
                    "#" + f.taken(),
                    status,
                    Html.escape(f.error().orElse(""))));
        }
        String body = "<h1>" + text.get("mailboxes.title") + "</h1>"
                + Html.table(
                        "mailbox-health",
                        text.get("mailboxes.title"),
                        List.of(
                                text.get("mailboxes.account"),
                                text.get("event.unit"),
                                text.get("mailboxes.folder"),
                                text.get("mailboxes.lastPoll"),
                                "#" + text.get("mailboxes.pending"),
                                "#" + text.get("mailboxes.taken"),
                                text.get("mailboxes.status"),
                                text.get("mailboxes.lastError")),
                        rows);
        return text.consolePage("mailboxes.title", body, ConsoleNavigation.linksFor(reader));
    }

    private List<FolderHealth> folders() {
        return jdbc.sql("select a.name, a.unit_code, a.enabled, s.folder, s.last_sync_at, s.pending_count,"
                        + " s.taken_count, s.last_error from mailbox_account a"
                        + " left join mailbox_folder_state s on s.account_id = a.id"
                        + " where a.origin <> 'retired' order by a.name, s.folder")
                .query((rs, row) -> new FolderHealth(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getBoolean(3),
                        Optional.ofNullable(rs.getString(4)),
                        Optional.ofNullable(rs.getObject(5, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant),
                        rs.getLong(6),
                        rs.getLong(7),
                        Optional.ofNullable(rs.getString(8))))
                .list();
    }
}
