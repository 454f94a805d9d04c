package vn.officialmail.config.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {

    private static DocumentTypeCatalogue override(String yaml) {
        return CatalogueLoader.load(new StringReader(yaml), "agency.yml");
    }

    @Test
    void loadDefaultShouldHoldTheTwentyNineAdministrativeTypesOfDecree30() {
        DocumentTypeCatalogue catalogue = CatalogueLoader.loadDefault();

        List<DocumentType> administrative = catalogue.types().stream()
                .filter(t -> t.kinds().contains(DocumentKind.ADMINISTRATIVE))
                .toList();

        assertThat(administrative).hasSize(29);
        assertThat(administrative.stream().flatMap(t -> t.abbreviation().stream()))
                .containsExactly(
                        "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB",
                        "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB");
        assertThat(catalogue.requireType("cong-van").abbreviation()).isEmpty();
        assertThat(catalogue.requireType("thu-cong").abbreviation()).isEmpty();
    }

    @Test
    void loadDefaultShouldHoldNormativeTypesAndDirectiveCategories() {
        DocumentTypeCatalogue catalogue = CatalogueLoader.loadDefault();

        assertThat(catalogue.types().stream().filter(DocumentType::isNormative).map(DocumentType::name))
                .contains(
                        "Luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch", "Nghị quyết", "Quyết định");
        assertThat(catalogue.categories().stream().map(DocumentCategory::id))
                .contains(
                        "meeting-invitation",
                        "meeting-documents",
                        "for-information",
                        "general-notice",
                        "draft-for-comments",
                        "comments",
                        "statistical-tables",
                        "periodic-report",
                        "reply");
        assertThat(catalogue.requireType("giay-moi").channel()).isEqualTo(Channel.EMAIL);
        assertThat(catalogue.requireType("giay-moi").categories()).containsExactly("meeting-invitation");
        assertThat(catalogue.category("draft-for-comments").map(DocumentCategory::channel))
                .contains(Channel.EMAIL);
    }

    @Test
    void byAbbreviationShouldBeCaseSensitiveWhenAbbreviationIsMixedCase() {
        DocumentTypeCatalogue catalogue = CatalogueLoader.loadDefault();

        assertThat(catalogue.byAbbreviation("QyĐ").map(DocumentType::id)).contains("quy-dinh");
        assertThat(catalogue.byAbbreviation("QĐ").map(DocumentType::id)).contains("quyet-dinh");
        assertThat(catalogue.byAbbreviation("CTr").map(DocumentType::id)).contains("chuong-trinh");
        assertThat(catalogue.byAbbreviation("QYĐ")).isEmpty();
        assertThat(catalogue.byAbbreviation("QD")).isEmpty();
    }

    @Test
    void requireTypeShouldNameTheUnknownIdAndTheKnownOnes() {
        DocumentTypeCatalogue catalogue = CatalogueLoader.loadDefault();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> catalogue.requireType("giay-moi-hop"))
                .withMessageContaining("unknown document type 'giay-moi-hop'")
                .withMessageContaining("known: [nghi-quyet, quyet-dinh, chi-thi");
    }

    @Test
    void loadShouldChangeOnlyGivenKeysWhenOverrideNamesAKnownId() {
        DocumentTypeCatalogue catalogue = override(
                """
                types:
                  - id: cong-van
                    channel: email
                """);

        DocumentType congVan = catalogue.requireType("cong-van");
        assertThat(congVan.channel()).isEqualTo(Channel.EMAIL);
        assertThat(congVan.name()).isEqualTo("Công văn");
        assertThat(congVan.categories()).contains("official-document");
    }

    @Test
    void loadShouldAddAndRemoveEntriesWhenOverrideHasNewIdsAndRemove() {
        DocumentTypeCatalogue catalogue = override(
                """
                categories:
                  - id: press-release
                    name: Thông cáo báo chí
                    name-en: Press release
                    channel: email
                types:
                  - id: lich-cong-tac
                    name: Lịch công tác
                    name-en: Work schedule
                    abbreviation: LCT
                    kinds: [administrative]
                    categories: [work-schedule, press-release]
                    channel: document-system
                remove: [phieu-bao]
                """);

        assertThat(catalogue.requireType("lich-cong-tac").abbreviation()).contains("LCT");
        assertThat(catalogue.byAbbreviation("LCT").map(DocumentType::id)).contains("lich-cong-tac");
        assertThat(catalogue.category("press-release")).isPresent();
        assertThat(catalogue.type("phieu-bao")).isEmpty();
        assertThat(catalogue.byAbbreviation("PB")).isEqualTo(Optional.empty());
    }

    @Test
    void loadShouldRejectDuplicateAbbreviationNamingBothTypes() {
        assertThatExceptionOfType(InvalidCatalogueException.class)
                .isThrownBy(
                        () -> override(
                                """
                        types:
                          - id: bao-cao
                            abbreviation: QĐ
                        """))
                .withMessageContaining("agency.yml")
                .withMessageContaining("types[bao-cao].abbreviation 'QĐ' is already used by 'quyet-dinh'");
    }

    @Test
    void loadShouldRejectUnknownCategoryListingTheKnownOnes() {
        assertThatExceptionOfType(InvalidCatalogueException.class)
                .isThrownBy(
                        () -> override(
                                """
                        types:
                          - id: giay-moi
                            categories: [meeting]
                        """))
                .withMessageContaining("types[giay-moi].categories: unknown category 'meeting'")
                .withMessageContaining("known: [meeting-invitation, meeting-documents");
    }

    @Test
    void loadShouldRejectUnknownKeyBadChannelBadKindAndBadAbbreviationAllAtOnce() {
        InvalidCatalogueException error = catchThrowableOfType(
                InvalidCatalogueException.class,
                () -> override(
                        """
                        types:
                          - id: giay-moi
                            abreviation: GM
                            channel: mail
                            kinds: [administrative, secret]
                          - id: to-trinh
                            abbreviation: T-Tr
                        """));

        assertThat(error.problems())
                .containsExactlyInAnyOrder(
                        "types[giay-moi]: unknown key 'abreviation'; allowed: [id, name, name-en, abbreviation, kinds,"
                                + " categories, channel, aliases]",
                        "types[giay-moi].kinds: unknown kind 'secret'; allowed: [administrative, normative, copy]",
                        "types[giay-moi].channel 'mail' is not a channel; allowed: [email, document-system]",
                        "types[to-trinh].abbreviation 'T-Tr' must be 1 to 6 letters (Decree 30/2020 Appendix III,"
                                + " e.g. 'QĐ', 'QyĐ'), or absent for a type without one");
    }

    @Test
    void loadShouldRejectIncompleteNewEntryAndDuplicateIdInOneFile() {
        assertThatExceptionOfType(InvalidCatalogueException.class)
                .isThrownBy(
                        () -> override(
                                """
                        types:
                          - id: so-tay
                            name: Sổ tay
                          - id: so-tay
                            name: Sổ tay 2
                        """))
                .withMessageContaining("agency.yml: duplicate types id 'so-tay'")
                .withMessageContaining("types[so-tay].name-en is required and must be a non-empty string, was: null")
                .withMessageContaining("types[so-tay].kinds is required; allowed: [administrative, normative, copy]");
    }

    @Test
    void loadShouldRejectDuplicateTitleAndUnknownRemovalAndBadId() {
        assertThatExceptionOfType(InvalidCatalogueException.class)
                .isThrownBy(
                        () -> override(
                                """
                        types:
                          - id: thong-bao
                            aliases: [Quyết định]
                          - id: Giay_Moi_2
                            name: Giấy mời 2
                            name-en: Invitation 2
                            kinds: [administrative]
                            channel: email
                        remove: [giay-moi-hop]
                        """))
                .withMessageContaining("remove: unknown id 'giay-moi-hop'")
                .withMessageContaining(
                        "types[Giay_Moi_2].id 'Giay_Moi_2' must be lower-case ASCII words joined by '-'");
        assertThatExceptionOfType(InvalidCatalogueException.class)
                .isThrownBy(
                        () -> override(
                                """
                        types:
                          - id: thong-bao
                            aliases: [Quyết định]
                        """))
                .withMessageContaining(
                        "types[thong-bao] title 'Quyết định' is already the title of 'quyet-dinh'; titles must be unique");
    }

    @Test
    void loadShouldNameTheFileWhenYamlIsMalformedOrHasUnknownTopLevelKey(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "types: [ {id: a", StandardCharsets.UTF_8);
        Path unknownTop = dir.resolve("top.yml");
        Files.writeString(unknownTop, "type:\n  - id: giay-moi\n", StandardCharsets.UTF_8);

        assertThatExceptionOfType(InvalidCatalogueException.class)
                .isThrownBy(() -> CatalogueLoader.load(broken))
                .withMessageContaining(broken.toString())
                .withMessageContaining("not valid YAML");
        assertThatExceptionOfType(InvalidCatalogueException.class)
                .isThrownBy(() -> CatalogueLoader.load(unknownTop))
                .withMessageContaining("unknown key 'type'; allowed: [categories, types, remove]");
    }
}
