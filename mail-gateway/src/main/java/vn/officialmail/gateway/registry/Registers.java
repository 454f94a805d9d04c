package vn.officialmail.gateway.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.GatewaySettings;

/**
 * The agency's registers: those configured in {@code gateway.registry.registers}, in order, then
 * the default incoming and outgoing registers unless configured under their own codes. An
 * installation that configures nothing keeps its one incoming register (code {@code incoming})
 * and gains the outgoing one.
 */
@Service
public final class Registers {

    private final List<RegisterDefinition> all;
    private final Map<String, RegisterDefinition> byCode = new LinkedHashMap<>();

    @Autowired
    public Registers(GatewaySettings settings) {
        this(settings.registry().registers());
    }

    /** The catalogue of {@code configured} plus the defaults; a repeated code is refused. */
    public Registers(List<RegisterDefinition> configured) {
        List<RegisterDefinition> registers = new ArrayList<>(configured);
        for (RegisterDirection direction : RegisterDirection.values()) {
            RegisterDefinition fallback = RegisterDefinition.defaultOf(direction);
            Optional<RegisterDefinition> same = configured.stream()
                    .filter(r -> r.code().equals(fallback.code()))
                    .findFirst();
            if (same.isEmpty()) {
                registers.add(fallback);
            } else if (same.get().direction() != direction) {
                throw new IllegalArgumentException("gateway.registry.registers: register '" + fallback.code()
                        + "' is the default " + direction.name().toLowerCase(java.util.Locale.ROOT)
                        + " register and cannot be "
                        + same.get().direction().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (RegisterDefinition register : registers) {
            if (byCode.putIfAbsent(register.code(), register) != null) {
                throw new IllegalArgumentException("gateway.registry.registers: code '" + register.code()
                        + "' is configured twice; codes: " + codes(registers));
            }
        }
        this.all = List.copyOf(registers);
    }

    /** Every register, configured ones first. */
    public List<RegisterDefinition> all() {
        return all;
    }

    /** The register with this code. */
    public Optional<RegisterDefinition> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The codes of every register, for messages naming the valid ones. */
    public List<String> codes() {
        return codes(all);
    }

    /**
     * The register a document goes to: the first whose criteria all match, else the default of
     * its direction.
     *
     * @param units the units the document concerns (recipients' units for incoming, the sender's
     *     unit for outgoing)
     * @param type the classifier's catalogue type, if known
     * @param secret whether it bears a secrecy mark
     */
    public RegisterDefinition choose(
            RegisterDirection direction, List<String> units, Optional<String> type, boolean secret) {
        String fallback = RegisterDefinition.defaultOf(direction).code();
        return all.stream()
                .filter(r -> r.accepts(direction, units, type, secret))
                .findFirst()
                .orElseGet(() -> byCode.get(fallback));
    }

    private static List<String> codes(List<RegisterDefinition> registers) {
        return registers.stream().map(RegisterDefinition::code).toList();
    }
}
