package vn.officialmail.gateway.users;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The unit head names and ends their delegate: {@code GET}, {@code POST} ({@code {"username"}}) and
 * {@code DELETE /api/units/{code}/delegate}. Only that unit's head or an administrator may.
 */
@RestController
@RequestMapping("/api/units/{code}/delegate")
class UnitDelegateController {

    private final UnitDelegates delegates;

    UnitDelegateController(UnitDelegates delegates) {
        this.delegates = delegates;
    }

    record Grant(String username) {}

    @GetMapping
    UnitDelegates.Delegation current(@PathVariable String code, @AuthenticationPrincipal GatewayUser actor) {
        checked(code);
        return guarded(() -> delegates
                .of(actor, code)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Đơn vị không có người được ủy quyền / unit has no delegate")));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UnitDelegates.Delegation grant(
            @PathVariable String code, @RequestBody Grant body, @AuthenticationPrincipal GatewayUser actor) {
        checked(code);
        if (body == null || body.username() == null || body.username().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'username' is required");
        }
        return guarded(() -> delegates.grant(actor, code, body.username().strip()));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String code, @AuthenticationPrincipal GatewayUser actor) {
        checked(code);
        guarded(() -> {
            delegates.revoke(actor, code);
            return true;
        });
    }

    /** A malformed unit code is a 400 naming the rule, before any lookup. */
    private static void checked(String code) {
        UsersController.answer(() -> UserAdministration.unitCode(java.util.Optional.of(code)));
    }

    private static <T> T guarded(java.util.function.Supplier<T> action) {
        try {
            return UsersController.answer(action);
        } catch (AccessDeniedException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        }
    }
}
