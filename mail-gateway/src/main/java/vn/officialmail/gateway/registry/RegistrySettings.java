package vn.officialmail.gateway.registry;

import java.util.List;

/**
 * The registers ({@code gateway.registry.*}).
 *
 * @param acknowledgeReceipt send the sender of a registered official document an acknowledgement
 *     with its incoming number and date (Decree 30/2020 Art. 21: receipt confirmed the same day);
 *     default off
 * @param registers the agency's registers besides the default incoming and outgoing ones (several
 *     per agency: per unit, secret documents apart), see {@link RegisterDefinition}
 */
public record RegistrySettings(boolean acknowledgeReceipt, List<RegisterDefinition> registers) {

    public RegistrySettings {
        registers = registers == null ? List.of() : List.copyOf(registers);
    }
}
