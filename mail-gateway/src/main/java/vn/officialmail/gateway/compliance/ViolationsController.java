package vn.officialmail.gateway.compliance;

import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/compliance/violations}: the violations, newest first, filtered by period
 * ({@code from}, {@code to}), {@code unit}, {@code direction}, counterpart {@code domain} and
 * {@code kind}; paged.
 */
@RestController
class ViolationsController {

    private final Violations violations;

    ViolationsController(Violations violations) {
        this.violations = violations;
    }

    @GetMapping("/api/compliance/violations")
    Violations.Page list(
            @RequestParam Optional<Instant> from,
            @RequestParam Optional<Instant> to,
            @RequestParam Optional<String> unit,
            @RequestParam Optional<String> direction,
            @RequestParam Optional<String> domain,
            @RequestParam Optional<String> kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        try {
            return violations.find(new Violations.Query(from, to, direction, domain, kind, unit, page, size));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
