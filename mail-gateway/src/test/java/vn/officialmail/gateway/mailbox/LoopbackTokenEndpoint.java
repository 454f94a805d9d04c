package vn.officialmail.gateway.mailbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An OAuth2 token endpoint on loopback for tests: answers the refresh token grant (RFC 6749 §6)
 * with the access token and refresh token set by the test, and keeps every request body.
 */
final class LoopbackTokenEndpoint implements AutoCloseable {

    private final HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final AtomicReference<String> accessToken = new AtomicReference<>("");
    final AtomicReference<String> refreshToken = new AtomicReference<>("");

    LoopbackTokenEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(body);
            String json = body.contains("grant_type=refresh_token")
                    ? "{\"access_token\":\"" + accessToken.get() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600"
                            + (refreshToken.get().isEmpty() ? "" : ",\"refresh_token\":\"" + refreshToken.get() + "\"")
                            + "}"
                    : "{\"error\":\"unsupported_grant_type\"}";
            byte[] answer = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(json.contains("error") ? 400 : 200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
