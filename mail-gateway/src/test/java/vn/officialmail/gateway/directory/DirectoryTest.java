package vn.officialmail.gateway.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.config.directory.Unit;

class DirectoryTest {

    private static final DirectorySnapshot TWO_MINISTRIES = new DirectorySnapshot(
            List.of(
                    new Agency("BTP", "Bộ Tư pháp", List.of("moj.gov.vn")),
                    new Agency("BTC", "Bộ Tài chính", List.of("mof.gov.vn")),
                    new Agency("SOTP", "Sở Tư pháp Hà Nội", List.of("sotuphap.hanoi.vn"))),
            List.of(new Unit(
                    "BTP-VP",
                    "BTP",
                    "Văn phòng",
                    "VP",
                    Optional.of("vanphong@moj.gov.vn"),
                    Optional.empty(),
                    Optional.empty())),
            List.of());

    private static DomainPolicy policy(List<String> deny) {
        return DomainPolicy.configured(
                List.of("*.gov.vn", "*.chinhphu.vn"), List.of(), deny, PersonalMailProviders.loadDefault());
    }

    @Test
    void directionShouldBeSeenFromTheHomeAgencies() {
        Directory directory = new Directory(policy(List.of()), Set.of("BTP"), TWO_MINISTRIES);

        assertThat(directory.direction("nvan@moj.gov.vn", "vanphong@moj.gov.vn"))
                .isEqualTo(Direction.INTERNAL);
        assertThat(directory.direction("nvan@moj.gov.vn", "vp@mof.gov.vn")).isEqualTo(Direction.OUTBOUND);
        assertThat(directory.direction("vp@mof.gov.vn", "nvan@moj.gov.vn")).isEqualTo(Direction.INBOUND);
        assertThat(directory.direction("ban@gmail.com", "vp@mof.gov.vn")).isEqualTo(Direction.EXTERNAL);
        // a subdomain belongs to its agency
        assertThat(directory.direction("a@ttpl.moj.gov.vn", "b@MOJ.gov.vn")).isEqualTo(Direction.INTERNAL);
    }

    @Test
    void everyAgencyShouldBeHomeWhenNoneIsNamed() {
        Directory directory = new Directory(policy(List.of()), Set.of(), TWO_MINISTRIES);

        assertThat(directory.direction("nvan@moj.gov.vn", "vp@mof.gov.vn")).isEqualTo(Direction.BETWEEN_AGENCIES);
        // an official domain the directory does not list is outside
        assertThat(directory.direction("nvan@moj.gov.vn", "vp@moit.gov.vn")).isEqualTo(Direction.OUTBOUND);
        // an agency's own domain is official though no pattern covers it
        assertThat(directory.standing("sotuphap.hanoi.vn").kind()).isEqualTo(DomainStanding.Kind.OFFICIAL);
    }

    @Test
    void officialDomainsShouldBeHomeWhileTheDirectoryIsEmpty() {
        Directory directory = Directory.ofPolicy(policy(List.of()));

        assertThat(directory.direction("a@moj.gov.vn", "b@mof.gov.vn")).isEqualTo(Direction.INTERNAL);
        assertThat(directory.direction("a@moj.gov.vn", "b@gmail.com")).isEqualTo(Direction.OUTBOUND);
        assertThat(directory.direction("b@yahoo.com", "a@moj.gov.vn")).isEqualTo(Direction.INBOUND);
    }

    @Test
    void deniedDomainShouldNeitherBeOfficialNorHomeEvenUnderAnAgency() {
        Directory directory = new Directory(policy(List.of("thu.moj.gov.vn")), Set.of(), TWO_MINISTRIES);

        assertThat(directory.isOfficialDomain("thu.moj.gov.vn")).isFalse();
        assertThat(directory.homeAgencyOf("x@thu.moj.gov.vn")).isEmpty();
        assertThat(directory.direction("x@thu.moj.gov.vn", "nvan@moj.gov.vn")).isEqualTo(Direction.INBOUND);
    }

    @Test
    void lookupsShouldTakeAnyCaseAndRefuseMalformedInput() {
        Directory directory = new Directory(policy(List.of()), Set.of(), TWO_MINISTRIES);

        assertThat(directory.unitWithSharedMailbox("VanPhong@MOJ.GOV.VN"))
                .map(Unit::code)
                .hasValue("BTP-VP");
        assertThat(directory.unitOfMailbox("không phải địa chỉ")).isEmpty();
        assertThat(directory.agencyOf("..")).isEmpty();
        assertThat(directory.agencyOfAddress("vanphong@moj.gov.vn"))
                .map(Agency::code)
                .hasValue("BTP");
    }
}
