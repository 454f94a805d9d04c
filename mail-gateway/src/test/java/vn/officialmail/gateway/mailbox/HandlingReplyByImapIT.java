package vn.officialmail.gateway.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;
import vn.officialmail.gateway.TestDirectory;

/**
 * A reply to an assignment notice that reaches the gateway through IMAP intake of the lead unit's
 * shared mailbox (the handling issue): the agency's mail server (a trusted relay) authenticated the
 * sender; the reply in the notice's thread closes the handling with the answering document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HandlingReplyByImapIT {

    private static final String PASSWORD = "khtc-imap-secret";

    @TempDir
    static Path dataDir;

    /** The agency's mail server: the gateway relays notices to its SMTP and reads the unit mailbox over IMAP. */
    static final GreenMail server = start();

    private static GreenMail start() {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        greenMail.start();
        greenMail.setUser("khtc@moj.gov.vn", "khtc", PASSWORD);
        return greenMail;
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        LoopbackGateway.relayTo(registry, () -> server.getSmtp().getPort());
        registry.add("gateway.security.bootstrap-admin.password", () -> "imap-admin-secret");
        registry.add("gateway.mailbox.poll-interval", () -> "2s");
        registry.add("spring.quartz.scheduler-name", () -> "handling-imap-it");
        registry.add("gateway.authentication.trusted-relays.networks[0]", () -> "127.0.0.1/32");
        registry.add("gateway.authentication.trusted-relays.authserv-ids[0]", () -> "mail.moj.gov.vn");
        TestDirectory.ministryWithOneUnit(registry);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @LocalServerPort
    int httpPort;

    @Test
    void replyTakenFromTheUnitMailboxShouldCloseTheHandling() throws Exception {
        ImapTestMail.Api api = new ImapTestMail.Api(httpPort, "admin", "imap-admin-secret");
        String registered = api.post(
                        "/api/registers/incoming/entries",
                        "{\"typeName\":\"Công văn\",\"numberSymbol\":\"88/UBND-VP\",\"issuer\":\"UBND tỉnh Nam Định\","
                                + "\"summary\":\"Đề nghị hướng dẫn thủ tục\"}")
                .body();
        String number = registered.replaceAll(".*\"number\":\"([^\"]+)\".*", "$1");
        String path = "/api/handling/" + number.split("/")[1] + "/" + number.split("/")[0];
        assertThat(api.post(path + "/assign", "{\"leadUnit\":\"BTP-KHTC\",\"workingDays\":2}")
                        .statusCode())
                .isEqualTo(200);
        MimeMessage notice = await().atMost(Duration.ofSeconds(20)).until(this::notice, Objects::nonNull);

        String reply = "Message-ID: <tra-loi-88@moj.gov.vn>\r\n"
                + "Date: Tue, 24 Nov 2026 15:00:00 +0700\r\n"
                + "Authentication-Results: mail.moj.gov.vn; spf=pass smtp.mailfrom=moj.gov.vn;"
                + " dmarc=pass header.from=moj.gov.vn\r\n"
                + "From: Nguyen Van An <nvan@moj.gov.vn>\r\n"
                + "To: khtc@moj.gov.vn\r\n"
                + "Subject: Re: giao xu ly\r\n"
                + "In-Reply-To: " + notice.getMessageID() + "\r\n"
                + "References: " + notice.getMessageID() + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + "Hoàn thành, đã trả lời bằng Công văn số 91/BTP-KHTC.\r\n";
        ImapTestMail.append(server, "khtc", PASSWORD, "INBOX", reply.getBytes(StandardCharsets.UTF_8));
        assertThat(api.post(
                                "/api/mailboxes",
                                """
                                {"name":"khtc","host":"127.0.0.1","port":%d,"tls":"NONE","username":"khtc",\
                                "password":"%s","folders":["INBOX"],"unit":"BTP-KHTC"}"""
                                        .formatted(server.getImap().getPort(), PASSWORD))
                        .statusCode())
                .isBetween(200, 201);

        String detail = await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(path), body -> body.contains("\"status\":\"DONE\""));
        assertThat(detail).contains("\"answerReference\":\"91/BTP-KHTC\"").contains("\"actor\":\"nvan@moj.gov.vn\"");
    }

    private MimeMessage notice() throws Exception {
        for (MimeMessage message : server.getReceivedMessages()) {
            if (message.getSubject() != null
                    && message.getSubject().startsWith("[Giao xử lý]")
                    && message.getRecipients(Message.RecipientType.TO)[0]
                            .toString()
                            .equals("khtc@moj.gov.vn")) {
                return message;
            }
        }
        return null;
    }
}
