package vn.officialmail.gateway.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.officialmail.gateway.users.Role;

/**
 * Which roles reach which API routes: the one table {@link SecurityConfiguration} enforces and the
 * route security test checks every mapped handler against. An API route missing here is refused
 * to everyone, so a new endpoint is closed until someone decides who may use it.
 */
public final class RouteAccess {

    /** Routes whose pattern matches {@code pattern} are open to {@code roles}. */
    public record Rule(String pattern, Set<Role> roles) {

        boolean matches(String path) {
            PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
            return parsed.matches(PathContainer.parsePath(path));
        }
    }

    private static final Set<Role> READERS_OF_MAIL = Set.of(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER, Role.CLERK);

    /** In order: the first matching rule decides. */
    public static final List<Rule> API = List.of(
            new Rule("/api/users/**", Set.of(Role.ADMINISTRATOR)),
            new Rule("/api/units/*/delegate", Set.of(Role.ADMINISTRATOR, Role.UNIT_HEAD)),
            // Held mail includes secret-marked documents: only the security/compliance role sees it.
            new Rule("/api/quarantine/**", Set.of(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER)),
            // Unit heads and delegates are scoped to their own unit by the controller.
            new Rule(
                    "/api/compliance/**",
                    Set.of(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER, Role.UNIT_HEAD, Role.UNIT_DELEGATE)),
            new Rule("/api/registers/**", Set.of(Role.ADMINISTRATOR, Role.CLERK)),
            // Destruction is approved, and a legal hold set or lifted, by someone other than the clerks who
            // keep and propose (the approver records the head of the agency's decision).
            new Rule("/api/dossiers/*/disposal/approve", Set.of(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER)),
            new Rule("/api/dossiers/*/disposal/reject", Set.of(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER)),
            new Rule("/api/dossiers/*/hold/**", Set.of(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER)),
            // Dossiers are kept by the clerks (văn thư) from registered documents.
            new Rule("/api/dossiers/**", Set.of(Role.ADMINISTRATOR, Role.CLERK)),
            // The directory is written by administrators only; every role that handles mail reads it.
            new Rule("/api/directory/import", Set.of(Role.ADMINISTRATOR)),
            new Rule(
                    "/api/directory/**",
                    Set.of(
                            Role.ADMINISTRATOR,
                            Role.COMPLIANCE_OFFICER,
                            Role.UNIT_HEAD,
                            Role.UNIT_DELEGATE,
                            Role.CLERK)),
            new Rule("/api/audit/**", Set.of(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER)),
            new Rule("/api/backups/**", Set.of(Role.ADMINISTRATOR)),
            // Mailbox accounts hold credentials; jobs run the gateway's schedule.
            new Rule("/api/mailboxes/**", Set.of(Role.ADMINISTRATOR)),
            new Rule("/api/jobs/**", Set.of(Role.ADMINISTRATOR)),
            // Reminding units of an overdue periodic report is the agency's demand to them: a unit head or
            // delegate would only remind their own unit (they see their own line, HandlingAccess).
            new Rule("/api/handling/reports/reminders", Set.of(Role.ADMINISTRATOR, Role.CLERK)),
            // The clerk assigns on the competent person's behalf; unit heads and delegates follow their documents.
            new Rule("/api/handling/**", Set.of(Role.ADMINISTRATOR, Role.CLERK, Role.UNIT_HEAD, Role.UNIT_DELEGATE)),
            // Clerks register documents from mail; secret-marked messages are hidden from them.
            new Rule("/api/messages", READERS_OF_MAIL),
            // One message: unit heads and delegates open their unit's, as search finds them (MessageAccess).
            new Rule(
                    "/api/messages/**",
                    Set.of(
                            Role.ADMINISTRATOR,
                            Role.COMPLIANCE_OFFICER,
                            Role.CLERK,
                            Role.UNIT_HEAD,
                            Role.UNIT_DELEGATE)),
            // Search is scoped inside the query: unit heads and delegates see their own unit's mail.
            new Rule(
                    "/api/search/**",
                    Set.of(
                            Role.ADMINISTRATOR,
                            Role.COMPLIANCE_OFFICER,
                            Role.CLERK,
                            Role.UNIT_HEAD,
                            Role.UNIT_DELEGATE)),
            new Rule("/api/index/**", Set.of(Role.ADMINISTRATOR)),
            // Reports: unit heads and delegates get their own unit's report only (the controller scopes).
            new Rule(
                    "/api/reports/**",
                    Set.of(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER, Role.UNIT_HEAD, Role.UNIT_DELEGATE)),
            new Rule("/actuator", Set.of(Role.ADMINISTRATOR)),
            new Rule("/actuator/health/**", Set.of(Role.ADMINISTRATOR)));

    private static final Set<Role> HANDLERS =
            Set.of(Role.ADMINISTRATOR, Role.CLERK, Role.UNIT_HEAD, Role.UNIT_DELEGATE);

    private static final Set<Role> COMPLIANCE_READERS =
            Set.of(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER, Role.UNIT_HEAD, Role.UNIT_DELEGATE);

    /**
     * The console pages beyond the home page, the same way: first match decides, any logged-in user
     * reaches pages not listed. Unit heads and delegates are scoped to their unit by the pages.
     */
    public static final List<Rule> CONSOLE = List.of(
            new Rule("/console/compliance/**", COMPLIANCE_READERS),
            new Rule("/console/units/**", COMPLIANCE_READERS),
            new Rule("/console/messages/**", COMPLIANCE_READERS),
            new Rule("/console/quarantine/**", Set.of(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER)),
            new Rule("/console/mailboxes/**", Set.of(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER)),
            new Rule("/console/reports/**", COMPLIANCE_READERS),
            // Document handling, as /api/handling: unit heads and delegates are scoped to their unit by the
            // pages. The same roles throughout; the two narrower rules give the menu its entries.
            new Rule("/console/handling/**", HANDLERS),
            new Rule("/console/handling/consultations/**", HANDLERS),
            new Rule("/console/handling/reports/**", HANDLERS));

    /** The console pages in the navigation bar, with their text keys. */
    static final java.util.Map<String, String> CONSOLE_MENU = java.util.Map.of(
            "/console/compliance", "nav.dashboard",
            "/console/units", "nav.units",
            "/console/quarantine", "nav.quarantine",
            "/console/mailboxes", "nav.mailboxes",
            "/console/reports", "nav.reports",
            "/console/handling/consultations", "nav.consultations",
            "/console/handling/reports", "nav.periodic",
            "/console/handling", "nav.handling");

    private RouteAccess() {}

    /** The rule that decides a concrete path, if any. */
    public static Optional<Rule> ruleFor(String path) {
        return API.stream().filter(r -> r.matches(path)).findFirst();
    }

    static String[] authorities(Rule rule) {
        return rule.roles().stream().map(Role::name).sorted().toArray(String[]::new);
    }
}
