package vn.officialmail.gateway.mailbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;

/** GreenMail IMAP on a free loopback port, messages appended over IMAP, and the gateway API. */
final class ImapTestMail {

    private ImapTestMail() {}

    static GreenMail startImap() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        greenMail.start();
        return greenMail;
    }

    /** A message with fixed bytes, so the same text appended to two mailboxes is the same content. */
    static byte[] message(String messageId, String subject) {
        String raw = "Message-ID: <" + messageId + ">\r\n"
                + "Date: Tue, 24 Nov 2026 08:00:00 +0700\r\n"
                + "From: Van phong <vanphong@moj.gov.vn>\r\n"
                + "To: vanthu@tuphap.gov.vn\r\n"
                + "Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
                + "?=\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + "Kính gửi các đơn vị.\r\n";
        return raw.getBytes(StandardCharsets.UTF_8);
    }

    /** Appends over IMAP, as a mail server delivering would, creating the folder if needed. */
    static void append(GreenMail greenMail, String login, String password, String folderName, byte[]... raws)
            throws Exception {
        try (Store store = store(greenMail, login, password)) {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            Session session = Session.getInstance(new Properties());
            Message[] messages = new Message[raws.length];
            for (int i = 0; i < raws.length; i++) {
                messages[i] = new MimeMessage(session, new ByteArrayInputStream(raws[i]));
            }
            folder.appendMessages(messages);
        }
    }

    static Store store(GreenMail greenMail, String login, String password) throws Exception {
        Properties props = new Properties();
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), login, password);
        return store;
    }

    static boolean hasKeyword(GreenMail greenMail, String login, String password, String keyword) throws Exception {
        try (Store store = store(greenMail, login, password)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            boolean all = inbox.getMessageCount() > 0;
            for (Message message : inbox.getMessages()) {
                all &= message.getFlags().contains(keyword)
                        && !message.getFlags().contains(Flags.Flag.SEEN);
            }
            inbox.close(false);
            return all;
        }
    }

    /** The gateway's API with HTTP Basic. */
    record Api(int port, String user, String password) {

        String get(String path) throws Exception {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(uri(path)).GET());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " → " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }

        HttpResponse<String> post(String path, String json) throws Exception {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        HttpResponse<String> delete(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).DELETE());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HttpClient.newHttpClient()
                    .send(
                            request.header("Authorization", "Basic " + basic).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
