package vn.officialmail.gateway.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.officialmail.gateway.compliance.AuditorSearches;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.indexer.index.MailIndex;
import vn.officialmail.indexer.search.Access;
import vn.officialmail.indexer.search.SearchRequest;
import vn.officialmail.indexer.search.SearchResult;
import vn.officialmail.indexer.search.SortOrder;

/**
 * {@code GET /api/search?q=}: full-text search, with or without Vietnamese diacritics, with the
 * query language of {@link vn.officialmail.indexer.search.QueryBuilder} ({@code loai:GM}, {@code
 * tu:gmail.com}, {@code don-vi:VP}, {@code ngay:2025-03}…), filters ({@code channel}, {@code from},
 * {@code to}, {@code type}, {@code unit}), {@code sort} (relevance, newest, oldest), facets and
 * paging.
 *
 * <p>What a user sees is part of the Lucene query ({@link #accessOf}), so totals and facets count
 * only what the user may see: administrators and compliance officers see everything, secret-marked
 * mail included; clerks (văn thư, who keep the agency's register) see every unit but no secret mail;
 * unit heads and delegates see only the messages of their own unit, no secret mail, and nothing
 * without a unit (staff have no API access at all, see {@code RouteAccess}).
 */
@RestController
class SearchController {

    private final MailIndex index;
    private final AuditorSearches auditorSearches;

    SearchController(MailIndex index, AuditorSearches auditorSearches) {
        this.index = index;
        this.auditorSearches = auditorSearches;
    }

    @GetMapping("/api/search")
    SearchResult search(
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam Optional<String> channel,
            @RequestParam Optional<Instant> from,
            @RequestParam Optional<Instant> to,
            @RequestParam(name = "type", required = false) List<String> types,
            @RequestParam(name = "unit", required = false) List<String> units,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "true") boolean facets,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit,
            @AuthenticationPrincipal GatewayUser reader) {
        Access access = accessOf(reader);
        if (!access.equals(Access.everything()) && index.needsRebuild()) {
            // an old index has no units or secrecy marks to restrict on
            throw new IndexNotReady();
        }
        try {
            SearchRequest request = new SearchRequest(
                    query,
                    offset,
                    limit,
                    channel,
                    from,
                    to,
                    types == null ? List.of() : types,
                    units == null ? List.of() : units,
                    SortOrder.parse(sort),
                    access,
                    facets);
            auditorSearches.record(
                    reader,
                    "/api/search",
                    "q=" + query + ", channel=" + channel.orElse("") + ", from="
                            + from.map(Instant::toString).orElse("")
                            + ", to=" + to.map(Instant::toString).orElse("") + ", types=" + request.types()
                            + ", units=" + request.units());
            return index.search(request);
        } catch (IllegalArgumentException e) {
            throw new InvalidSearch(e.getMessage());
        }
    }

    /** Bounds of the request and unreadable dates in the query: 400 with the reason, Vietnamese then English. */
    @ExceptionHandler(InvalidSearch.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSearch e) {
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    @ExceptionHandler(IndexNotReady.class)
    ResponseEntity<ProblemDetail> notReady(IndexNotReady e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Chỉ mục tìm kiếm đang được xây dựng lại, xin thử lại sau ít phút"
                                + " / the search index is being rebuilt, please try again in a few minutes"));
    }

    private static final class IndexNotReady extends RuntimeException {
        IndexNotReady() {
            super(null, null, false, false);
        }
    }

    private static final class InvalidSearch extends RuntimeException {
        InvalidSearch(String message) {
            super(message, null, false, false);
        }
    }

    static Access accessOf(GatewayUser reader) {
        if (reader.seesEverything()) {
            return Access.everything();
        }
        if (reader.has(Role.CLERK)) {
            return Access.allUnitsWithoutSecret();
        }
        return Access.unitsOnly(reader.unitCode().map(Set::of).orElse(Set.of()));
    }
}
