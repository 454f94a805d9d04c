package vn.officialmail.gateway.console;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.users.GatewayUser;

/**
 * Which unit a reader may look at: administrators and compliance officers any (or all), a unit
 * head or delegate only their own, whatever the request asked for.
 */
final class ConsoleScope {

    private ConsoleScope() {}

    /** The unit filter to apply: the asked one for readers of every unit, else the reader's own. */
    static Optional<String> unitFor(GatewayUser reader, Optional<String> asked) {
        if (reader.seesEverything()) {
            return asked.filter(u -> !u.isBlank());
        }
        String own = reader.unitCode()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Tài khoản chưa gắn với đơn vị / the account belongs to no unit"));
        if (asked.isPresent() && !asked.get().isBlank() && !asked.get().equals(own)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Chỉ xem được đơn vị của mình / only unit '" + own + "' is visible to you");
        }
        return Optional.of(own);
    }
}
