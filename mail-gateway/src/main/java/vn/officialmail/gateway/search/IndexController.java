package vn.officialmail.gateway.search;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administrators rebuild the search index: {@code POST /api/index/rebuild} starts it in the
 * background (202, or 409 while one runs), {@code GET /api/index/rebuild} tells where it stands.
 */
@RestController
class IndexController {

    private final IndexRebuild rebuild;

    IndexController(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/index/rebuild")
    ResponseEntity<IndexRebuild.Status> start(Principal administrator) {
        try {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.start(administrator.getName()));
        } catch (IllegalStateException running) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, running.getMessage());
        }
    }

    @GetMapping("/api/index/rebuild")
    IndexRebuild.Status status() {
        return rebuild.status();
    }
}
