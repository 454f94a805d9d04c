package vn.officialmail.gateway.mailbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets a fresh access token with the refresh token grant (RFC 6749 §6) from the account's token
 * endpoint. Error texts name the endpoint and the OAuth2 error code, never a token.
 */
@Component
final class OAuth2TokenClient {

    private static final int MAX_RESPONSE = 64 * 1024;

    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;
    private final Duration timeout;

    OAuth2TokenClient(Clock clock, vn.officialmail.gateway.GatewaySettings settings) {
        this.clock = clock;
        this.timeout = settings.mailbox().timeout();
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Credentials.OAuth2 refresh(Credentials.OAuth2 grant) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", grant.refreshToken());
        form.put("client_id", grant.clientId());
        if (!grant.clientSecret().isEmpty()) {
            form.put("client_secret", grant.clientSecret());
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(grant.tokenEndpoint()))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        Instant asked = clock.instant();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while refreshing the token at " + grant.tokenEndpoint(), e);
        }
        if (response.body().length > MAX_RESPONSE) {
            throw new IOException("The token endpoint " + grant.tokenEndpoint() + " answered with more than 64 KB");
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (JacksonException e) {
            throw new IOException("The token endpoint " + grant.tokenEndpoint() + " answered HTTP "
                    + response.statusCode() + " without JSON");
        }
        if (response.statusCode() != 200 || !answer.hasNonNull("access_token")) {
            throw new IOException("The token endpoint " + grant.tokenEndpoint() + " refused the refresh: HTTP "
                    + response.statusCode() + " " + answer.path("error").asString("(no error code)"));
        }
        long expiresIn = answer.path("expires_in").asLong(3600);
        String rotated =
                answer.hasNonNull("refresh_token") ? answer.get("refresh_token").asString() : grant.refreshToken();
        return grant.withAccessToken(
                answer.get("access_token").asString(), asked.plusSeconds(Math.max(0, expiresIn)), rotated);
    }
}
