package vn.officialmail.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import vn.officialmail.gateway.LoopbackGateway;
import vn.officialmail.gateway.search.IndexLabels;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.gateway.users.UnitDelegates;
import vn.officialmail.gateway.users.UserAccounts;
import vn.officialmail.gateway.users.UserAdministration;
import vn.officialmail.indexer.index.IndexedMessage;
import vn.officialmail.indexer.index.MailIndex;

/**
 * Every route the running gateway maps, taken from its handler mappings (so a new endpoint is
 * checked without anyone adding it here): without credentials refused, with a role that must not
 * reach it forbidden, with one that may reached. Plus unit scoping, secret-marked mail, the
 * lockout and the console form with its CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RouteSecurityIT {

    static final String ADMIN_PASSWORD = "test-admin-secret";
    static final String PASSWORD = "Mật-khẩu-2026!";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("gateway.security.bootstrap-admin.password", () -> ADMIN_PASSWORD);
        registry.add("gateway.security.lockout.max-failures", () -> "3");
    }

    /** One user per role; the delegate also keeps STAFF, as a real member of the unit would. */
    static final Map<String, Set<Role>> USERS = Map.of(
            "compliance", Set.of(Role.COMPLIANCE_OFFICER),
            "head-a", Set.of(Role.UNIT_HEAD),
            "delegate-a", Set.of(Role.STAFF),
            "clerk", Set.of(Role.CLERK),
            "staff", Set.of(Role.STAFF));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UnitDelegates delegates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    MailIndex index;

    @Autowired
    IndexLabels labels;

    @Autowired
    @Qualifier("sessionTimeout")
    HttpSessionListener sessionTimeout;

    HttpProbe http;

    @BeforeEach
    void seed() {
        http = new HttpProbe(port);
        if (accounts.find("staff").isPresent()) {
            // the route walk calls DELETE /api/units/A/delegate: name the delegate again
            if (!accounts.loadUserByUsername("delegate-a").has(Role.UNIT_DELEGATE)) {
                delegates.grant(accounts.loadUserByUsername("head-a"), "A", "delegate-a");
            }
            return;
        }
        USERS.forEach((name, roles) -> administration.create(
                "admin", name, PASSWORD, roles, name.endsWith("-a") ? Optional.of("A") : Optional.empty()));
        delegates.grant(accounts.loadUserByUsername("head-a"), "A", "delegate-a");
        long a = message("a@example.com", "Thư của đơn vị A");
        long b = message("b@example.com", "Thư của đơn vị B");
        violation(a, "A");
        violation(b, "B");
        long secret = message("mat@example.com", "Văn bản MẬT");
        jdbc.sql("insert into document_classification (message_record_id, document_type, confidence, reasons,"
                        + " secrecy, source) values (?, 'CV', 0.9, 'test', 'MAT', 'test')")
                .param(secret)
                .update();
    }

    @Test
    void everyMappedRouteShouldRefuseAnonymousAndWrongRolesAndAdmitTheRightOnes() throws Exception {
        List<Route> routes = mappedRoutes();
        List<String> problems = new ArrayList<>();

        for (Route route : routes) {
            if (!route.isApi()) {
                continue;
            }
            int anonymous = http.anonymous(route.method(), route.path()).statusCode();
            if (anonymous != 401) {
                problems.add(route + " without credentials → " + anonymous);
            }
            Optional<RouteAccess.Rule> rule = RouteAccess.ruleFor(route.path());
            if (rule.isEmpty()) {
                problems.add(route + " has no rule in RouteAccess");
                continue;
            }
            for (String user : userNames()) {
                Set<Role> roles = rolesOf(user);
                boolean allowed = roles.stream().anyMatch(rule.get().roles()::contains);
                int status = call(route, user);
                if (allowed && (status == 401 || status == 403)) {
                    problems.add(route + " as " + user + " " + roles + " → " + status + ", expected to get through");
                }
                if (!allowed && status != 403) {
                    problems.add(route + " as " + user + " " + roles + " → " + status + ", expected 403");
                }
            }
        }

        assertThat(routes).extracting(Route::path).contains("/api/users", "/api/quarantine", "/api/search");
        assertThat(problems).isEmpty();
    }

    @Test
    void consolePagesShouldSendAnonymousVisitorsToTheLoginForm() throws Exception {
        List<String> problems = new ArrayList<>();

        for (Route route : mappedRoutes()) {
            if (route.isApi() || !route.method().equals("GET")) {
                continue;
            }
            HttpResponse<String> response = http.page(route.path(), Optional.empty());
            boolean open = route.path().equals("/login") || route.path().equals("/error");
            boolean toLogin = response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/login");
            if (open == toLogin) {
                problems.add(route + " anonymous → " + response.statusCode() + " "
                        + response.headers().firstValue("Location").orElse(""));
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void unitHeadShouldSeeOnlyTheirOwnUnitsViolations() throws Exception {
        HttpResponse<String> own = http.basic("GET", "/api/compliance/violations", "head-a", PASSWORD, "");
        HttpResponse<String> other = http.basic("GET", "/api/compliance/violations?unit=B", "head-a", PASSWORD, "");
        HttpResponse<String> delegate = http.basic("GET", "/api/compliance/violations", "delegate-a", PASSWORD, "");
        HttpResponse<String> officer = http.basic("GET", "/api/compliance/violations", "compliance", PASSWORD, "");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"unitCode\":\"A\"").doesNotContain("\"unitCode\":\"B\"");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(delegate.body()).contains("\"unitCode\":\"A\"").doesNotContain("\"unitCode\":\"B\"");
        assertThat(officer.body()).contains("\"unitCode\":\"A\"").contains("\"unitCode\":\"B\"");
        // The auditor's query is itself audited; the unit heads' are not (they look at their own unit).
        assertThat(jdbc.sql("select actor || ' ' || subject_id from audit_event where action = 'searched'")
                        .query(String.class)
                        .list())
                .contains("compliance /api/compliance/violations")
                .noneMatch(line -> line.startsWith("head-a") || line.startsWith("delegate-a"));
    }

    @Test
    void secretMarkedMessageShouldBeVisibleOnlyToComplianceAndAdministratorsInMessagesAndSearch() throws Exception {
        long secret = jdbc.sql("select message_record_id from document_classification where secrecy = 'MAT'")
                .query(Long.class)
                .single();

        long open = jdbc.sql("select id from message_record where subject = 'Thư của đơn vị A'")
                .query(Long.class)
                .single();
        // labelled as the pipeline does: the secrecy mark comes from document_classification
        index.index(
                indexed(secret, "Văn bản MẬT về kế hoạch").withLabels(labels.of(secret, "a@example.com", List.of())));
        index.index(
                indexed(open, "Văn bản thường về kế hoạch").withLabels(labels.of(open, "a@example.com", List.of())));
        index.refresh();

        HttpResponse<String> clerkDetail = http.basic("GET", "/api/messages/" + secret, "clerk", PASSWORD, "");
        HttpResponse<String> clerkSearch = http.basic("GET", "/api/search?q=ke%20hoach", "clerk", PASSWORD, "");
        HttpResponse<String> officerSearch = http.basic("GET", "/api/search?q=ke%20hoach", "compliance", PASSWORD, "");
        HttpResponse<String> clerkList = http.basic("GET", "/api/messages", "clerk", PASSWORD, "");
        HttpResponse<String> officerDetail = http.basic("GET", "/api/messages/" + secret, "compliance", PASSWORD, "");
        HttpResponse<String> officerList = http.basic("GET", "/api/messages", "compliance", PASSWORD, "");

        assertThat(clerkDetail.statusCode()).isEqualTo(404);
        assertThat(clerkList.body()).contains("Thư của đơn vị A").doesNotContain("Văn bản MẬT");
        assertThat(officerDetail.statusCode()).isEqualTo(200);
        assertThat(officerDetail.body()).contains("Văn bản MẬT");
        assertThat(officerList.body()).contains("Văn bản MẬT");
        assertThat(clerkSearch.body()).contains("Văn bản thường").doesNotContain("MẬT");
        assertThat(officerSearch.body()).contains("Văn bản thường", "Văn bản MẬT");
    }

    @Test
    void repeatedFailuresShouldLockTheAccountUntilAnAdministratorResetsThePassword() throws Exception {
        administration.create("admin", "lockme", PASSWORD, Set.of(Role.CLERK), Optional.empty());

        List<Integer> wrong = new ArrayList<>();
        for (String spelling : List.of("lockme", "LockMe", " LOCKME")) { // one account, one count
            wrong.add(http.basic("GET", "/api/registers/verify", spelling, "wrong-password", "")
                    .statusCode());
        }
        int rightButLocked = http.basic("GET", "/api/registers/verify", "lockme", PASSWORD, "")
                .statusCode();
        int formWhileLocked = formLogin("lockme", PASSWORD).statusCode();
        String formLocation =
                formLogin("lockme", PASSWORD).headers().firstValue("Location").orElse("");
        int reset = http.basic(
                        "POST",
                        "/api/users/lockme/password",
                        "admin",
                        ADMIN_PASSWORD,
                        "{\"password\":\"Khác-hẳn-2026#\"}")
                .statusCode();
        int afterReset = http.basic("GET", "/api/registers/verify", "lockme", "Khác-hẳn-2026#", "")
                .statusCode();

        assertThat(wrong).containsOnly(401);
        assertThat(rightButLocked).isEqualTo(401);
        assertThat(formWhileLocked).isEqualTo(302);
        assertThat(formLocation).endsWith("/login?error");
        assertThat(reset).isEqualTo(204);
        assertThat(afterReset).isEqualTo(200);
        assertThat(auditActions("lockme"))
                .contains("login-failed", "user-locked", "login-refused-locked", "user-password-reset", "login");
    }

    @Test
    void failuresFromAnotherAddressShouldNotLockTheAdministratorOutHere() throws Exception {
        for (int i = 0; i < 3; i++) {
            attempts.failed("admin", "192.0.2.66");
        }

        int here = http.basic("GET", "/api/users", "admin", ADMIN_PASSWORD, "").statusCode();

        assertThat(attempts.lockedUntil("admin", "192.0.2.66")).isPresent();
        assertThat(here).isEqualTo(200);
    }

    @Test
    void consoleSessionsShouldTimeOutAfterTheConfiguredIdleTime() {
        MockHttpSession session = new MockHttpSession();

        sessionTimeout.sessionCreated(new HttpSessionEvent(session));

        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void passwordTypedInDecomposedFormShouldLogIn() throws Exception {
        String nfd = java.text.Normalizer.normalize(PASSWORD, java.text.Normalizer.Form.NFD);

        int status =
                http.basic("GET", "/api/registers/verify", "clerk", nfd, "").statusCode();

        assertThat(nfd).isNotEqualTo(PASSWORD);
        assertThat(status).isEqualTo(200);
    }

    @Test
    void loginFormShouldRequireItsCsrfTokenAndOpenTheConsole() throws Exception {
        HttpResponse<String> loginPage = http.page("/login", Optional.empty());
        Optional<String> session = HttpProbe.session(loginPage);
        String token = HttpProbe.csrfToken(loginPage);

        HttpResponse<String> withoutToken =
                http.form("/login", session, Map.of("username", "staff", "password", PASSWORD));
        HttpResponse<String> loggedIn =
                http.form("/login", session, Map.of("username", "staff", "password", PASSWORD, "_csrf", token));
        Optional<String> console = HttpProbe.session(loggedIn).or(() -> session);
        HttpResponse<String> home = http.page("/console", console);
        HttpResponse<String> logoutWithoutToken = http.form("/logout", console, Map.of());
        HttpResponse<String> logout = http.form("/logout", console, Map.of("_csrf", HttpProbe.csrfToken(home)));
        HttpResponse<String> afterLogout = http.page("/console", console);

        assertThat(loginPage.body())
                .contains("<html lang=\"vi\"", "<label for=\"username\">Tên đăng nhập</label>", "Mật khẩu");
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("staff", "Cán bộ, công chức", "Đăng xuất");
        assertThat(logoutWithoutToken.statusCode()).isEqualTo(403);
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(auditActions("staff")).contains("login");
    }

    @Test
    void loginFormShouldSwitchToEnglishAndStayThere() throws Exception {
        HttpResponse<String> english = http.page("/login?lang=en", Optional.empty());
        HttpResponse<String> again = http.page("/login", HttpProbe.session(english));

        assertThat(english.body()).contains("<html lang=\"en\"", "<label for=\"username\">User name</label>");
        assertThat(again.body()).contains("<html lang=\"en\"", "Password");
    }

    @Test
    void unitHeadShouldGrantOneDelegateAtATimeAndEveryChangeBeAudited() throws Exception {
        administration.create("admin", "head-b", PASSWORD, Set.of(Role.UNIT_HEAD), Optional.of("B"));
        administration.create("admin", "member-b1", PASSWORD, Set.of(Role.STAFF), Optional.of("B"));
        administration.create("admin", "member-b2", PASSWORD, Set.of(Role.STAFF), Optional.of("B"));

        int byOtherHead = http.basic(
                        "POST", "/api/units/B/delegate", "head-a", PASSWORD, "{\"username\":\"member-b1\"}")
                .statusCode();
        int outsider = http.basic("POST", "/api/units/B/delegate", "head-b", PASSWORD, "{\"username\":\"clerk\"}")
                .statusCode();
        int first = http.basic("POST", "/api/units/B/delegate", "head-b", PASSWORD, "{\"username\":\"member-b1\"}")
                .statusCode();
        int second = http.basic("POST", "/api/units/B/delegate", "head-b", PASSWORD, "{\"username\":\"member-b2\"}")
                .statusCode();
        int delegateSeesUnit = http.basic("GET", "/api/compliance/violations", "member-b1", PASSWORD, "")
                .statusCode();
        int revoke = http.basic("DELETE", "/api/units/B/delegate", "head-b", PASSWORD, "")
                .statusCode();
        int formerDelegate = http.basic("GET", "/api/compliance/violations", "member-b1", PASSWORD, "")
                .statusCode();
        int malformedUnit = http.basic(
                        "POST",
                        "/api/units/" + "X".repeat(65) + "/delegate",
                        "admin",
                        ADMIN_PASSWORD,
                        "{\"username\":\"a\"}")
                .statusCode();
        int then = http.basic("POST", "/api/units/B/delegate", "head-b", PASSWORD, "{\"username\":\"member-b2\"}")
                .statusCode();

        assertThat(byOtherHead).isEqualTo(403);
        assertThat(malformedUnit).isEqualTo(400);
        assertThat(outsider).isEqualTo(400);
        assertThat(first).isEqualTo(201);
        assertThat(second).isEqualTo(409);
        assertThat(delegateSeesUnit).isEqualTo(200);
        assertThat(revoke).isEqualTo(204);
        assertThat(formerDelegate).isEqualTo(403);
        assertThat(then).isEqualTo(201);
        assertThat(jdbc.sql("select actor || ':' || action || ':' || details from audit_event"
                                + " where subject_type = 'unit' and subject_id = 'B' order by id")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "head-b:delegate-granted:{\"delegate\":\"member-b1\"}",
                        "head-b:delegate-revoked:{\"delegate\":\"member-b1\",\"reason\":\"revoked\"}",
                        "head-b:delegate-granted:{\"delegate\":\"member-b2\"}");
    }

    @Test
    void twoGrantsRacingForOneUnitShouldLeaveExactlyOneDelegate() throws Exception {
        administration.create("admin", "head-c", PASSWORD, Set.of(Role.UNIT_HEAD), Optional.of("C"));
        List<String> members = List.of("member-c1", "member-c2", "member-c3", "member-c4");
        members.forEach(m -> administration.create("admin", m, PASSWORD, Set.of(Role.STAFF), Optional.of("C")));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.CompletableFuture<Integer>> grants = new ArrayList<>();

        for (String member : members) {
            grants.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return http.basic(
                                    "POST",
                                    "/api/units/C/delegate",
                                    "head-c",
                                    PASSWORD,
                                    "{\"username\":\"" + member + "\"}")
                            .statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<Integer> statuses = grants.stream()
                .map(java.util.concurrent.CompletableFuture::join)
                .toList();

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(jdbc.sql("select count(*) from unit_delegate where unit_code = 'C'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'delegate-granted' and subject_id = 'C'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void administratorShouldManageUsersThroughTheApi() throws Exception {
        HttpResponse<String> created = http.basic(
                "POST",
                "/api/users",
                "admin",
                ADMIN_PASSWORD,
                "{\"username\":\"van-thu-2\",\"password\":\"" + PASSWORD
                        + "\",\"roles\":[\"clerk\"],\"unitCode\":\"VP\"}");
        HttpResponse<String> weak = http.basic(
                "POST",
                "/api/users",
                "admin",
                ADMIN_PASSWORD,
                "{\"username\":\"yeu\",\"password\":\"ngan\",\"roles\":[\"STAFF\"]}");
        HttpResponse<String> duplicate = http.basic(
                "POST",
                "/api/users",
                "admin",
                ADMIN_PASSWORD,
                "{\"username\":\"van-thu-2\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"STAFF\"]}");
        int works = http.basic("GET", "/api/registers/verify", "van-thu-2", PASSWORD, "")
                .statusCode();
        int roles = http.basic(
                        "PUT",
                        "/api/users/van-thu-2/roles",
                        "admin",
                        ADMIN_PASSWORD,
                        "{\"roles\":[\"STAFF\"],\"unitCode\":\"VP\"}")
                .statusCode();
        int demoted = http.basic("GET", "/api/registers/verify", "van-thu-2", PASSWORD, "")
                .statusCode();
        int disable = http.basic("POST", "/api/users/van-thu-2/disable", "admin", ADMIN_PASSWORD, "")
                .statusCode();
        int disabled = http.basic("GET", "/api/registers/verify", "van-thu-2", PASSWORD, "")
                .statusCode();
        int lastAdmin = http.basic("POST", "/api/users/admin/disable", "admin", ADMIN_PASSWORD, "")
                .statusCode();
        HttpResponse<String> list = http.basic("GET", "/api/users", "admin", ADMIN_PASSWORD, "");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"roles\":[\"CLERK\"]").doesNotContain("password");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).doesNotContain("ngan");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(works).isEqualTo(200);
        assertThat(roles).isEqualTo(200);
        assertThat(demoted).isEqualTo(403);
        assertThat(disable).isEqualTo(204);
        assertThat(disabled).isEqualTo(401);
        assertThat(lastAdmin).isEqualTo(409);
        assertThat(list.body())
                .contains("\"username\":\"van-thu-2\"", "\"enabled\":false")
                .doesNotContain("$2a$");
        assertThat(auditActions("van-thu-2")).contains("user-created", "user-roles-changed", "user-disabled");
    }

    private HttpResponse<String> formLogin(String user, String password) throws Exception {
        HttpResponse<String> loginPage = http.page("/login", Optional.empty());
        return http.form(
                "/login",
                HttpProbe.session(loginPage),
                Map.of("username", user, "password", password, "_csrf", HttpProbe.csrfToken(loginPage)));
    }

    private List<String> auditActions(String subject) {
        return jdbc.sql("select action from audit_event where subject_id = ? order by id")
                .param(subject)
                .query(String.class)
                .list();
    }

    private int call(Route route, String user) throws Exception {
        String password = user.equals("admin") ? ADMIN_PASSWORD : PASSWORD;
        return http.basic(route.method(), route.path(), user, password, "{}").statusCode();
    }

    private Set<String> userNames() {
        Set<String> names = new TreeSet<>(USERS.keySet());
        names.add("admin");
        return names;
    }

    private Set<Role> rolesOf(String user) {
        GatewayUser loaded = accounts.loadUserByUsername(user);
        return loaded.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(loaded.roles());
    }

    /** The routes of every request-mapping handler mapping, path variables filled in. */
    private List<Route> mappedRoutes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    String path =
                            pattern.replace("/**", "").replace("{code}", "A").replaceAll("\\{\\*?[^}]+}", "1");
                    if (methods.isEmpty()) {
                        routes.add(new Route("GET", path));
                    }
                    methods.forEach(m -> routes.add(new Route(m.name(), path)));
                }
            }
        }
        return routes;
    }

    record Route(String method, String path) {
        boolean isApi() {
            return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static IndexedMessage indexed(long id, String subject) {
        return new IndexedMessage(
                id,
                subject,
                "nội dung",
                "a@example.com",
                "example.com",
                List.of("x@moj.gov.vn"),
                "NON_OFFICIAL",
                java.time.Instant.now(),
                Optional.empty(),
                List.of());
    }

    private long message(String from, String subject) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String key = Long.toHexString(System.nanoTime());
        jdbc.sql("insert into message_record (message_key, spool_id, raw_sha256, size_bytes, source, received_at,"
                        + " mail_from, recipients, subject, from_address, channel, state)"
                        + " values (?, ?, ?, 10, 'smtp', ?, ?, 'x@moj.gov.vn', ?, ?, 'NON_OFFICIAL', 'PROCESSED')")
                .params(key, key, key, now, from, subject, from)
                .update();
        return jdbc.sql("select id from message_record where message_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }

    private void violation(long message, String unit) {
        jdbc.sql("insert into violation (message_record_id, kind, direction, sender, counterpart_address,"
                        + " counterpart_domain, action, unit_code, occurred_at)"
                        + " values (?, 'OFFICIAL_DOCUMENT_FROM_PERSONAL_MAILBOX', 'INBOUND', 's', 'c@gmail.com',"
                        + " 'gmail.com', 'RECORDED', ?, ?)")
                .params(message, unit, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }
}
