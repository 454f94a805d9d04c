package vn.officialmail.gateway.compliance;

import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.users.GatewayUser;

/**
 * {@code GET /api/compliance/violations}: the violations, newest first, filtered by period
 * ({@code from}, {@code to}), {@code unit}, {@code direction}, counterpart {@code domain} and
 * {@code kind}; paged. Administrators and compliance officers see every unit; a unit head or
 * delegate sees only their own unit's (asking for another unit is refused).
 */
@RestController
class ViolationsController {

    private final Violations violations;
    private final AuditorSearches auditorSearches;

    ViolationsController(Violations violations, AuditorSearches auditorSearches) {
        this.violations = violations;
        this.auditorSearches = auditorSearches;
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
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal GatewayUser reader) {
        Optional<String> scope = scoped(reader, unit);
        try {
            Violations.Query query = new Violations.Query(from, to, direction, domain, kind, scope, page, size);
            auditorSearches.record(reader, "/api/compliance/violations", query.toString());
            return violations.find(query);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** The unit filter this reader may use: theirs alone unless they see every unit. */
    private static Optional<String> scoped(GatewayUser reader, Optional<String> unit) {
        if (reader.seesEverything()) {
            return unit;
        }
        String own = reader.unitCode()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Tài khoản chưa gắn với đơn vị / the account belongs to no unit"));
        if (unit.isPresent() && !unit.get().equals(own)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Chỉ xem được đơn vị của mình / only unit '" + own + "' is visible to you");
        }
        return Optional.of(own);
    }
}
