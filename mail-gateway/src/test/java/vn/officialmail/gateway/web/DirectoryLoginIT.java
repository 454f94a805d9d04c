package vn.officialmail.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;

/**
 * Directory accounts log in by a bind to the agency's LDAP, here an in-process UnboundID server on
 * a loopback port: the directory checks the password, the gateway keeps roles, unit and lockout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DirectoryLoginIT {

    static final String ADMIN_PASSWORD = "test-admin-secret";
    static final String DIRECTORY_PASSWORD = "Mật-khẩu-thư-mục-7";

    @TempDir
    static Path dataDir;

    static InMemoryDirectoryServer ldap;

    @BeforeAll
    static void startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=tuphap,dc=gov,dc=vn");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("loopback", InetAddress.getLoopbackAddress(), 0, null));
        ldap = new InMemoryDirectoryServer(config);
        ldap.add("dn: dc=tuphap,dc=gov,dc=vn", "objectClass: domain", "dc: tuphap");
        ldap.add("dn: ou=people,dc=tuphap,dc=gov,dc=vn", "objectClass: organizationalUnit", "ou: people");
        ldap.add(
                "dn: uid=lan.nt,ou=people,dc=tuphap,dc=gov,dc=vn",
                "objectClass: inetOrgPerson",
                "uid: lan.nt",
                "cn: Nguyễn Thị Lan",
                "sn: Nguyễn",
                "userPassword: " + DIRECTORY_PASSWORD);
        ldap.startListening();
    }

    @AfterAll
    static void stopDirectory() {
        ldap.shutDown(true);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("gateway.security.bootstrap-admin.password", () -> ADMIN_PASSWORD);
        registry.add("gateway.security.lockout.max-failures", () -> "2");
        registry.add("gateway.security.ldap.url", () -> "ldap://127.0.0.1:" + ldap.getListenPort());
        registry.add("gateway.security.ldap.user-dn-pattern", () -> "uid={0},ou=people,dc=tuphap,dc=gov,dc=vn");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void directoryAccountShouldLogInWithTheDirectoryPasswordOnlyAndKeepItsGatewayRole() throws Exception {
        HttpProbe http = new HttpProbe(port);

        int created = http.basic(
                        "POST",
                        "/api/users",
                        "admin",
                        ADMIN_PASSWORD,
                        "{\"username\":\"lan.nt\",\"roles\":[\"CLERK\"],\"directory\":true}")
                .statusCode();
        int withPassword = http.basic(
                        "POST",
                        "/api/users",
                        "admin",
                        ADMIN_PASSWORD,
                        "{\"username\":\"hoa.pt\",\"password\":\"x\",\"roles\":[\"CLERK\"],\"directory\":true}")
                .statusCode();
        int right = http.basic("GET", "/api/registers/verify", "lan.nt", DIRECTORY_PASSWORD, "")
                .statusCode();
        int forbidden = http.basic("GET", "/api/quarantine", "lan.nt", DIRECTORY_PASSWORD, "")
                .statusCode();
        int empty = http.basic("GET", "/api/registers/verify", "lan.nt", "", "").statusCode();
        int reset = http.basic(
                        "POST",
                        "/api/users/lan.nt/password",
                        "admin",
                        ADMIN_PASSWORD,
                        "{\"password\":\"Khác-hẳn-2026#\"}")
                .statusCode();
        int wrong = http.basic("GET", "/api/registers/verify", "lan.nt", "sai-mật-khẩu-1", "")
                .statusCode();
        int lockedEvenWithTheRightOne = http.basic("GET", "/api/registers/verify", "lan.nt", DIRECTORY_PASSWORD, "")
                .statusCode();
        int localAdmin =
                http.basic("GET", "/api/users", "admin", ADMIN_PASSWORD, "").statusCode();

        assertThat(created).isEqualTo(201);
        assertThat(withPassword).isEqualTo(400);
        assertThat(right).isEqualTo(200);
        assertThat(forbidden).isEqualTo(403);
        assertThat(empty).isEqualTo(401);
        assertThat(reset).isEqualTo(409);
        assertThat(wrong).isEqualTo(401);
        assertThat(lockedEvenWithTheRightOne).isEqualTo(401);
        assertThat(localAdmin).isEqualTo(200);
        assertThat(jdbc.sql("select action from audit_event where subject_id = 'lan.nt' order by id")
                        .query(String.class)
                        .list())
                .containsSubsequence(List.of("user-created", "login", "login-failed", "login-failed", "user-locked"));
    }

    @Test
    void dnShouldEscapeTheUserNameAsRfc4514Asks() {
        DirectoryBind bind = new DirectoryBind(new vn.officialmail.gateway.users.SecuritySettings.Ldap(
                java.util.Optional.of(java.net.URI.create("ldap://127.0.0.1:1")),
                java.util.Optional.of("uid={0},ou=people,dc=tuphap,dc=gov,dc=vn"),
                java.time.Duration.ofSeconds(1)));

        assertThat(bind.dn("a,ou=admins+x")).isEqualTo("uid=a\\,ou\\=admins\\+x,ou=people,dc=tuphap,dc=gov,dc=vn");
    }
}
