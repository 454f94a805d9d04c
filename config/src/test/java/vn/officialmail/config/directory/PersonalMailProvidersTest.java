package vn.officialmail.config.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersonalMailProvidersTest {

    private final PersonalMailProviders providers = PersonalMailProviders.loadDefault();

    @Test
    void commonProvidersShouldBePersonalWhenLookedUpInAnyCase() {
        assertThat(providers.providerOf("gmail.com")).hasValue("gmail.com");
        assertThat(providers.providerOf("YAHOO.COM.VN")).hasValue("yahoo.com.vn");
        assertThat(providers.providerOf("outlook.com")).hasValue("outlook.com");
    }

    @Test
    void subdomainShouldBelongToItsProviderWhenTheProviderIsListed() {
        assertThat(providers.providerOf("hn.vnn.vn")).hasValue("vnn.vn");
    }

    @Test
    void agencyDomainsShouldNotBePersonalWhenTheyMerelyEndLikeAProvider() {
        assertThat(providers.providerOf("moj.gov.vn")).isEmpty();
        assertThat(providers.providerOf("notgmail.com")).isEmpty();
        assertThat(providers.providerOf("com")).isEmpty();
    }

    @Test
    void brokenEntryShouldFailWithTheLineAndTheValueWhenTheListIsEdited() {
        byte[] list = "# comment\ngmail.com\nnot a domain\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PersonalMailProviders.parse(new ByteArrayInputStream(list), "agency.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agency.txt line 3: 'not a domain' is not a domain such as gmail.com");
    }
}
