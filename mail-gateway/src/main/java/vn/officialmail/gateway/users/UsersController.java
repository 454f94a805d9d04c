package vn.officialmail.gateway.users;

import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administrator's user API: {@code GET /api/users}, {@code POST /api/users} ({@code {"username",
 * "password", "roles": [...], "unitCode"}}), {@code PUT /api/users/{username}/roles} ({@code
 * {"roles", "unitCode"}}), {@code POST /api/users/{username}/disable} and {@code /enable}, and
 * {@code POST /api/users/{username}/password} ({@code {"password"}}). Passwords never come back.
 */
@RestController
@RequestMapping("/api/users")
class UsersController {

    private final UserAdministration users;

    UsersController(UserAdministration users) {
        this.users = users;
    }

    record UserView(String username, Set<Role> roles, Optional<String> unitCode, boolean enabled, boolean directory) {
        static UserView of(GatewayUser user) {
            return new UserView(
                    user.username(), user.roles(), user.unitCode(), user.enabled(), user.directoryAccount());
        }
    }

    /** {@code directory: true} creates an account whose password the agency directory checks. */
    record NewUser(String username, String password, List<String> roles, Optional<String> unitCode, Boolean directory) {
        boolean directoryAccount() {
            return Boolean.TRUE.equals(directory); // an omitted field reads as null
        }
    }

    record Roles(List<String> roles, Optional<String> unitCode) {}

    record NewPassword(String password) {}

    @GetMapping
    List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@RequestBody NewUser body, @AuthenticationPrincipal GatewayUser admin) {
        if (body.directoryAccount()) {
            if (body.password() != null) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "a directory account takes no password: the directory checks it");
            }
            return UserView.of(answer(() -> users.createDirectoryAccount(
                    admin.username(),
                    required(body.username(), "username"),
                    roles(body.roles()),
                    nullSafe(body.unitCode()))));
        }
        return UserView.of(answer(() -> users.create(
                admin.username(),
                required(body.username(), "username"),
                required(body.password(), "password"),
                roles(body.roles()),
                nullSafe(body.unitCode()))));
    }

    @PutMapping("/{username}/roles")
    UserView setRoles(
            @PathVariable String username, @RequestBody Roles body, @AuthenticationPrincipal GatewayUser admin) {
        return UserView.of(answer(
                () -> users.setRoles(admin.username(), username, roles(body.roles()), nullSafe(body.unitCode()))));
    }

    @PostMapping("/{username}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable String username, @AuthenticationPrincipal GatewayUser admin) {
        answer(() -> {
            users.setEnabled(admin.username(), username, false);
            return true;
        });
    }

    @PostMapping("/{username}/enable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void enable(@PathVariable String username, @AuthenticationPrincipal GatewayUser admin) {
        answer(() -> {
            users.setEnabled(admin.username(), username, true);
            return true;
        });
    }

    @PostMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(
            @PathVariable String username, @RequestBody NewPassword body, @AuthenticationPrincipal GatewayUser admin) {
        answer(() -> {
            users.resetPassword(admin.username(), username, required(body.password(), "password"));
            return true;
        });
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty() || names.size() > Role.values().length) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "roles must list 1 to " + Role.values().length + " of " + List.of(Role.values()));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try {
            names.forEach(n -> roles.add(Role.parse(n == null ? "" : n)));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return roles;
    }

    private static String required(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'" + field + "' is required");
        }
        return value;
    }

    @SuppressWarnings("OptionalAssignedToNull") // a JSON body may omit the field entirely
    private static Optional<String> nullSafe(Optional<String> value) {
        return value == null ? Optional.empty() : value;
    }

    static <T> T answer(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
