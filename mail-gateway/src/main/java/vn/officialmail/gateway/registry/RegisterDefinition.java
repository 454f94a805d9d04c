package vn.officialmail.gateway.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One register of the agency ({@code gateway.registry.registers[]}), and which documents go to
 * it. A document goes to the first configured register of its direction whose every criterion
 * matches; one that matches none goes to the direction's default register ({@code incoming} or
 * {@code outgoing}). Sample:
 *
 * <pre>{@code
 * gateway.registry.registers:
 *   - code: den-mat
 *     name: Sổ đăng ký văn bản mật đến
 *     direction: incoming
 *     secret: true
 *   - code: di-vp
 *     name: Sổ văn bản đi của Văn phòng
 *     direction: outgoing
 *     units: [VP]
 * }</pre>
 *
 * @param code the register's code in the API and in every entry, {@code [a-z0-9-]}, at most 64
 * @param name its title as printed (Vietnamese)
 * @param direction incoming or outgoing
 * @param units documents of these units only (recipient unit for incoming, sender unit for
 *     outgoing); empty for any unit
 * @param types documents of these catalogue types only (e.g. {@code quyet-dinh}); empty for any
 * @param secret {@code true}: secret-marked documents only; {@code false}: unmarked ones only;
 *     absent: either
 */
public record RegisterDefinition(
        String code,
        @Nullable String name,
        RegisterDirection direction,
        List<String> units,
        List<String> types,
        @Nullable Boolean secret) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public RegisterDefinition {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("gateway.registry.registers: code '" + code
                    + "' must be 1 to 64 characters of a-z, 0-9 and '-', starting with a letter or digit");
        }
        if (direction == null) {
            throw new IllegalArgumentException(
                    "gateway.registry.registers: register '" + code + "' needs a direction (incoming or outgoing)");
        }
        name = name == null || name.isBlank() ? defaultName(direction) : name.strip();
        units = units == null ? List.of() : units.stream().map(String::strip).toList();
        types = types == null
                ? List.of()
                : types.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** The default register of a direction, for installations that configure none. */
    static RegisterDefinition defaultOf(RegisterDirection direction) {
        return new RegisterDefinition(
                direction == RegisterDirection.INCOMING ? IncomingRegister.DEFAULT_REGISTER : OUTGOING_DEFAULT,
                defaultName(direction),
                direction,
                List.of(),
                List.of(),
                null);
    }

    /** The default outgoing register's code. */
    public static final String OUTGOING_DEFAULT = "outgoing";

    private static String defaultName(RegisterDirection direction) {
        return direction == RegisterDirection.INCOMING ? "Sổ đăng ký văn bản đến" : "Sổ đăng ký văn bản đi";
    }

    /** Whether a document with these properties belongs here. */
    boolean accepts(RegisterDirection way, List<String> documentUnits, Optional<String> type, boolean secretMarked) {
        if (way != direction) {
            return false;
        }
        if (secret != null && secret != secretMarked) {
            return false;
        }
        if (!units.isEmpty() && documentUnits.stream().noneMatch(units::contains)) {
            return false;
        }
        return types.isEmpty()
                || type.map(t -> types.contains(t.toLowerCase(Locale.ROOT))).orElse(false);
    }
}
