package vn.officialmail.gateway.trust.smime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings record and the loading of trust material: defaults, limits, and errors naming the key. */
class SmimeSettingsTest {

    @TempDir
    Path directory;

    @Test
    void defaultsShouldTrustNothingAndBoundEverything() {
        SmimeSettings settings = SmimeSettings.defaults();

        assertThat(settings.trustAnchors()).isNull();
        assertThat(settings.crls()).isNull();
        assertThat(settings.crlRequired()).isFalse();
        assertThat(settings.unitKeys()).isEmpty();
        assertThat(settings.maxPartBytes()).isEqualTo(32 * 1024 * 1024);
        assertThat(settings.maxCertificates()).isEqualTo(20);
        assertThat(settings.maxDepth()).isEqualTo(3);
        assertThat(SmimeTrustMaterial.load(settings).anchors()).isEmpty();
    }

    @Test
    void crlsShouldDefaultToTheTrustAnchorsDirectory() {
        SmimeSettings settings = SmimeSettings.of(directory, null, List.of());

        assertThat(settings.crls()).isEqualTo(directory);
    }

    @Test
    void constructorShouldNameTheKeyTheValueAndTheRangeWhenALimitIsOutOfRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SmimeSettings(null, null, null, null, 1023, null, null, null, null))
                .withMessage("gateway.authentication.smime.max-part-bytes must be between 1024 and 1073741824: 1023");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SmimeSettings(null, null, null, null, null, 0, null, null, null))
                .withMessage("gateway.authentication.smime.max-certificates must be between 1 and 1000: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SmimeSettings(null, null, null, null, null, null, 11, null, null))
                .withMessage("gateway.authentication.smime.max-depth must be between 1 and 10: 11");
    }

    @Test
    void constructorShouldAcceptTheLimitsAtTheirBounds() {
        SmimeSettings low = new SmimeSettings(null, null, null, null, 1024, 1, 1, null, null);
        SmimeSettings high = new SmimeSettings(null, null, null, null, 1 << 30, 1000, 10, null, null);

        assertThat(low.maxDepth()).isEqualTo(1);
        assertThat(high.maxDepth()).isEqualTo(10);
    }

    @Test
    void constructorShouldRefuseAUnitListedTwice() {
        SmimeSettings.UnitKey key = new SmimeSettings.UnitKey("VP", directory.resolve("vp.p12"), "x");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SmimeSettings(null, null, null, List.of(key, key), null, null, null, null, null))
                .withMessageContaining("gateway.authentication.smime.unit-keys: unit 'VP' appears twice");
    }

    @Test
    void unitKeyShouldRequireAUnitAndAFile() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SmimeSettings.UnitKey(" ", directory, "x"))
                .withMessageContaining("gateway.authentication.smime.unit-keys[].unit must name the unit");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SmimeSettings.UnitKey("VP", null, "x"))
                .withMessageContaining("unit-keys[].pkcs12 is missing for unit 'VP'");
    }

    @Test
    void unitKeyShouldKeepThePasswordOutOfToString() {
        SmimeSettings.UnitKey key = new SmimeSettings.UnitKey("VP", directory.resolve("vp.p12"), "no.secret");

        assertThat(key.toString()).doesNotContain("no.secret").contains("VP").contains("***");
        assertThat(SmimeSettings.of(directory, null, List.of(key)).toString()).doesNotContain("no.secret");
    }

    @Test
    void loadShouldNameTheKeyWhenTheTrustAnchorsDirectoryIsMissing() {
        Path missing = directory.resolve("missing");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> SmimeTrustMaterial.load(SmimeSettings.of(missing, null, List.of())))
                .withMessage("gateway.authentication.smime.trust-anchors must be a readable directory of PEM or DER"
                        + " files: " + missing.toAbsolutePath());
    }

    @Test
    void loadShouldReadPemAndDerCertificatesAndCrlsAndSkipOtherFiles() throws Exception {
        TestPki pki = TestPki.create("Load");
        TestPki.writePem(directory.resolve("root.pem"), pki.root.certificate());
        Files.write(
                directory.resolve("issuing.cer"), pki.intermediate.certificate().getEncoded());
        Files.write(directory.resolve("issuing.crl"), pki.crl().getEncoded());
        Files.writeString(directory.resolve("README.txt"), "Chứng thư gốc của Chính phủ");

        SmimeTrustMaterial material = SmimeTrustMaterial.load(SmimeSettings.of(directory, null, List.of()));

        assertThat(material.anchors()).hasSize(2);
        assertThat(material.crls()).hasSize(1);
    }

    @Test
    void loadShouldNameTheFileWhenACertificateFileIsBroken() throws Exception {
        Path broken = directory.resolve("gov-root.pem");
        Files.writeString(broken, "-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> SmimeTrustMaterial.load(SmimeSettings.of(directory, null, List.of())))
                .withMessage("gateway.authentication.smime.trust-anchors: " + broken.toAbsolutePath()
                        + " is neither a certificate nor a CRL (PEM or DER expected)");
    }

    @Test
    void loadShouldNameTheUnitButNotThePasswordWhenThePasswordIsWrong() throws Exception {
        TestPki pki = TestPki.create("Password");
        Path pkcs12 = pki.writePkcs12(directory.resolve("vp.p12"), pki.unit("vp@moj.gov.vn"), "right-one");
        SmimeSettings settings =
                SmimeSettings.of(directory, null, List.of(new SmimeSettings.UnitKey("VP", pkcs12, "wrong-one")));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> SmimeTrustMaterial.load(settings))
                .withMessageContaining("gateway.authentication.smime.unit-keys[VP].pkcs12 cannot be read")
                .withMessageContaining(pkcs12.toString())
                .withMessageNotContaining("wrong-one")
                .withMessageNotContaining("right-one");
    }

    @Test
    void loadShouldReadTheUnitKeyWhenThePasswordIsRight() throws Exception {
        TestPki pki = TestPki.create("Unit");
        TestPki.Issued unit = pki.unit("vp@moj.gov.vn");
        Path pkcs12 = pki.writePkcs12(directory.resolve("vp.p12"), unit, "right-one");
        SmimeSettings settings =
                SmimeSettings.of(directory, null, List.of(new SmimeSettings.UnitKey("VP", pkcs12, "right-one")));

        SmimeTrustMaterial material = SmimeTrustMaterial.load(settings);

        assertThat(material.unitKeys()).singleElement().satisfies(key -> {
            assertThat(key.unit()).isEqualTo("VP");
            assertThat(key.certificate()).isEqualTo(unit.certificate());
            assertThat(key.toString()).doesNotContain("PrivateKey");
        });
    }
}
