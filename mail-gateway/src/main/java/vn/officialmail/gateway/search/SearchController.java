package vn.officialmail.gateway.search;

import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.indexer.index.MailIndex;
import vn.officialmail.indexer.search.SearchRequest;
import vn.officialmail.indexer.search.SearchResult;

/** {@code GET /api/search?q=}: full-text search, with or without Vietnamese diacritics. */
@RestController
class SearchController {

    private final MailIndex index;

    SearchController(MailIndex index) {
        this.index = index;
    }

    @GetMapping("/api/search")
    SearchResult search(
            @RequestParam("q") String query,
            @RequestParam Optional<String> channel,
            @RequestParam Optional<Instant> from,
            @RequestParam Optional<Instant> to,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit) {
        SearchRequest request;
        try {
            request = new SearchRequest(query, offset, limit, channel, from, to);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return index.search(request);
    }
}
