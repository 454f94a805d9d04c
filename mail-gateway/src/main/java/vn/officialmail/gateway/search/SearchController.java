package vn.officialmail.gateway.search;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.classification.SecretMessages;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.indexer.index.MailIndex;
import vn.officialmail.indexer.search.SearchHit;
import vn.officialmail.indexer.search.SearchRequest;
import vn.officialmail.indexer.search.SearchResult;

/**
 * {@code GET /api/search?q=}: full-text search, with or without Vietnamese diacritics.
 * Secret-marked messages are left out for everyone but administrators and compliance officers
 * (the pipeline quarantines them before indexing, but a reindex or an import may still add them).
 */
@RestController
class SearchController {

    private final MailIndex index;
    private final SecretMessages secrets;

    SearchController(MailIndex index, SecretMessages secrets) {
        this.index = index;
        this.secrets = secrets;
    }

    @GetMapping("/api/search")
    SearchResult search(
            @RequestParam("q") String query,
            @RequestParam Optional<String> channel,
            @RequestParam Optional<Instant> from,
            @RequestParam Optional<Instant> to,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit,
            @AuthenticationPrincipal GatewayUser reader) {
        SearchRequest request;
        try {
            request = new SearchRequest(query, offset, limit, channel, from, to);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        SearchResult result = index.search(request);
        if (reader.seesEverything()) {
            return result;
        }
        Set<Long> hidden = secrets.secretAmong(
                result.hits().stream().map(SearchHit::messageId).toList());
        return new SearchResult(
                result.total() - hidden.size(),
                result.hits().stream()
                        .filter(h -> !hidden.contains(h.messageId()))
                        .toList());
    }
}
