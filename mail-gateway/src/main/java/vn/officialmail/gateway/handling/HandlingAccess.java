package vn.officialmail.gateway.handling;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.users.Role;

/**
 * Which units' documents a user of the handling API and console pages follows: administrators and
 * clerks (who assign on the competent person's behalf) every unit, a unit head or delegate only
 * their own (403 for another's).
 */
public final class HandlingAccess {

    private HandlingAccess() {}

    public static boolean seesEveryUnit(GatewayUser reader) {
        return reader.has(Role.ADMINISTRATOR) || reader.has(Role.CLERK);
    }

    /** The unit filter to apply: the asked one for readers of every unit, else the reader's own (403 for another). */
    public static Optional<String> unitFor(GatewayUser reader, Optional<String> asked) {
        Optional<String> wanted = asked.filter(u -> !u.isBlank());
        if (seesEveryUnit(reader)) {
            return wanted;
        }
        String own = own(reader);
        if (wanted.isPresent() && !wanted.get().equals(own)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Chỉ xem được đơn vị của mình / only unit '" + own + "' is visible to you");
        }
        return Optional.of(own);
    }

    /** True when the reader follows documents of {@code unit}. */
    public static boolean follows(GatewayUser reader, Optional<String> unit) {
        return seesEveryUnit(reader) || unit.isPresent() && reader.unitCode().equals(unit);
    }

    /** Refuses (403) a reader who does not follow {@code unit}. */
    public static void require(GatewayUser reader, Optional<String> unit) {
        if (!follows(reader, unit)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Văn bản của đơn vị khác / this belongs to another unit");
        }
    }

    public static String own(GatewayUser reader) {
        return reader.unitCode()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Tài khoản chưa gắn với đơn vị / the account belongs to no unit"));
    }
}
