package vn.officialmail.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistersTest {

    private static final RegisterDefinition SECRET_INCOMING =
            new RegisterDefinition("den-mat", "Sổ văn bản mật đến", RegisterDirection.INCOMING, null, null, true);
    private static final RegisterDefinition OFFICE_OUTGOING =
            new RegisterDefinition("di-vp", null, RegisterDirection.OUTGOING, List.of("VP"), null, null);
    private static final RegisterDefinition DECISIONS_OUTGOING = new RegisterDefinition(
            "di-qd", "Sổ quyết định đi", RegisterDirection.OUTGOING, null, List.of("Quyet-Dinh"), false);

    private final Registers registers = new Registers(List.of(SECRET_INCOMING, OFFICE_OUTGOING, DECISIONS_OUTGOING));

    @Test
    void unconfiguredInstallationShouldKeepTheIncomingRegisterAndGainTheOutgoingOne() {
        Registers defaults = new Registers(List.of());

        assertThat(defaults.codes()).containsExactly("incoming", "outgoing");
        assertThat(defaults.choose(RegisterDirection.INCOMING, List.of("VP"), Optional.of("cong-van"), false)
                        .code())
                .isEqualTo("incoming");
        assertThat(defaults.choose(RegisterDirection.OUTGOING, List.of(), Optional.empty(), false)
                        .name())
                .isEqualTo("Sổ đăng ký văn bản đi");
    }

    @Test
    void secretDocumentShouldGoToTheSecretRegisterAndOthersToTheDefault() {
        assertThat(registers
                        .choose(RegisterDirection.INCOMING, List.of(), Optional.empty(), true)
                        .code())
                .isEqualTo("den-mat");
        assertThat(registers
                        .choose(RegisterDirection.INCOMING, List.of(), Optional.empty(), false)
                        .code())
                .isEqualTo("incoming");
    }

    @Test
    void outgoingDocumentShouldGoToTheFirstRegisterWhoseUnitAndTypeMatch() {
        assertThat(registers
                        .choose(RegisterDirection.OUTGOING, List.of("VP"), Optional.of("quyet-dinh"), false)
                        .code())
                .as("the unit's register comes first in the configuration")
                .isEqualTo("di-vp");
        assertThat(registers
                        .choose(RegisterDirection.OUTGOING, List.of("KHTC"), Optional.of("quyet-dinh"), false)
                        .code())
                .isEqualTo("di-qd");
        assertThat(registers
                        .choose(RegisterDirection.OUTGOING, List.of("KHTC"), Optional.of("quyet-dinh"), true)
                        .code())
                .as("secret: false refuses secret documents")
                .isEqualTo("outgoing");
        assertThat(registers
                        .choose(RegisterDirection.OUTGOING, List.of("KHTC"), Optional.empty(), false)
                        .code())
                .isEqualTo("outgoing");
        assertThat(registers
                        .choose(RegisterDirection.INCOMING, List.of("VP"), Optional.empty(), false)
                        .code())
                .as("an outgoing register never takes incoming documents")
                .isEqualTo("incoming");
    }

    @Test
    void repeatedCodeShouldBeRefusedNamingTheCodes() {
        assertThatThrownBy(() -> new Registers(List.of(OFFICE_OUTGOING, OFFICE_OUTGOING)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code 'di-vp' is configured twice")
                .hasMessageContaining("[di-vp, di-vp, incoming, outgoing]");
    }

    @Test
    void defaultCodeWithTheOtherDirectionShouldBeRefused() {
        assertThatThrownBy(() -> new Registers(List.of(
                        new RegisterDefinition("incoming", null, RegisterDirection.OUTGOING, null, null, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'incoming' is the default incoming register and cannot be outgoing");
    }

    @Test
    void badCodeOrMissingDirectionShouldBeRefusedWithTheValue() {
        assertThatThrownBy(() -> new RegisterDefinition("Sổ đi", null, RegisterDirection.OUTGOING, null, null, null))
                .hasMessageContaining("code 'Sổ đi' must be 1 to 64 characters");
        assertThatThrownBy(() -> new RegisterDefinition("di", null, null, null, null, null))
                .hasMessageContaining("register 'di' needs a direction (incoming or outgoing)");
    }
}
