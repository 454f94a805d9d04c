package vn.officialmail.classifier.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.officialmail.classifier.normalize.VietnameseNormalizer;

class HeaderExtractorTest {

    private final HeaderExtractor extractor =
            new HeaderExtractor(List.of("Quyết định", "Nghị quyết", "Luật", "Giấy mời", "Kế hoạch"));

    private DocumentHeader extract(String text) {
        return extractor.extract(VietnameseNormalizer.normalize(text));
    }

    @Test
    void extractShouldReadAWrappedResolutionHeaderFromPdfText() {
        DocumentHeader header = extract(
                """
                HỘI ĐỒNG NHÂN
                DÂN
                THÀNH PHỐ HÀ NỘI
                -------
                CỘNG HÒA XÃ HỘI
                CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                ---------------
                Số: 55/2025/NQ-HĐND
                Hà Nội, ngày 26
                tháng 11 năm 2025
                NGHỊ QUYẾT
                QUY
                ĐỊNH MỘT SỐ NỘI DUNG CHI
                Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
                """);

        assertThat(header.issuingBody().map(Field::value)).contains("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI");
        assertThat(header.parentBody()).isEmpty();
        assertThat(header.numberSymbol().map(f -> f.value().text())).contains("55/2025/NQ-HĐND");
        assertThat(header.numberSymbol().flatMap(f -> f.value().year())).contains(2025);
        assertThat(header.place().map(Field::value)).contains("Hà Nội");
        assertThat(header.date().map(Field::value)).contains(LocalDate.of(2025, 11, 26));
        assertThat(header.titleLine().map(Field::value)).contains("NGHỊ QUYẾT");
        assertThat(header.subject().map(Field::value)).contains("QUY ĐỊNH MỘT SỐ NỘI DUNG CHI");
    }

    @Test
    void extractShouldReadCongVanWithVvRecipientsSignerAndParentBody() {
        DocumentHeader header = extract(
                """
                BỘ TÀI CHÍNH
                CỤC THUẾ
                -------
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 5615/CT-CS
                V/v Mẫu tờ khai liên quan đến thực hiện Nghị
                quyết số 98/2023/QH15
                Hà Nội, ngày 28 tháng 11 năm 2025
                Kính gửi: Thuế thành phố Hồ Chí Minh
                Cục Thuế có ý kiến như sau.
                Nơi nhận:
                - Như trên;
                - Lưu: VT, CS.
                KT. CỤC TRƯỞNG
                PHÓ CỤC TRƯỞNG
                (Đã ký)
                Đặng Ngọc Minh
                """);

        assertThat(header.parentBody().map(Field::value)).contains("BỘ TÀI CHÍNH");
        assertThat(header.issuingBody().map(Field::value)).contains("CỤC THUẾ");
        assertThat(header.subjectIsVv()).isTrue();
        assertThat(header.subject().map(Field::value))
                .contains("Mẫu tờ khai liên quan đến thực hiện Nghị quyết số 98/2023/QH15");
        assertThat(header.titleLine()).isEmpty();
        assertThat(header.recipients()).containsExactly("Thuế thành phố Hồ Chí Minh");
        assertThat(header.distribution()).containsExactly("Như trên", "Lưu: VT, CS");
        Signer signer = header.signer().orElseThrow().value();
        assertThat(signer.authority()).contains("KT.");
        assertThat(signer.onBehalfOf()).contains("CỤC TRƯỞNG");
        assertThat(signer.position()).contains("PHÓ CỤC TRƯỞNG");
        assertThat(signer.name()).contains("Đặng Ngọc Minh");
    }

    @Test
    void extractShouldReadALawNumberCutIntoPiecesAndThePassingDate() {
        DocumentHeader header = extract(
                """
                QUỐC HỘI
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Luật số:
                137
                /2025/QH15
                LUẬT
                SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐIỀU ƯỚC QUỐC TẾ
                Căn cứ Hiến pháp;
                Luật này được Quốc hội khóa XV, kỳ họp thứ 10 thông qua ngày 11 tháng 12 năm 2025.
                """);

        assertThat(header.numberSymbol().map(f -> f.value().text())).contains("137/2025/QH15");
        assertThat(header.titleLine().map(Field::value)).contains("LUẬT");
        assertThat(header.date().map(Field::value)).contains(LocalDate.of(2025, 12, 11));
        assertThat(header.date().map(Field::confidence).orElseThrow()).isLessThan(0.9);
    }

    @Test
    void extractShouldReadGiayMoiLinesAndCommentDeadline() {
        DocumentHeader header = extract(
                """
                Số: 07/GM-PLDSKT
                Hà Nội, ngày 03 tháng 3 năm 2025
                GIẤY MỜI
                Họp góp ý dự thảo Thông tư, xin ý kiến các đơn vị, gửi trước ngày 20/3/2025.
                Chủ trì: Đồng chí Nguyễn Văn Hùng, Vụ trưởng
                Thời gian: 14 giờ 00, ngày 06 tháng 3 năm 2025
                Địa điểm: Phòng họp tầng 3
                """);

        MeetingDetails meeting = header.meeting().orElseThrow().value();
        assertThat(meeting.chair()).contains("Đồng chí Nguyễn Văn Hùng, Vụ trưởng");
        assertThat(meeting.time()).contains("14 giờ 00, ngày 06 tháng 3 năm 2025");
        assertThat(meeting.place()).contains("Phòng họp tầng 3");
        assertThat(header.commentDeadline().map(Field::value)).contains(LocalDate.of(2025, 3, 20));
    }

    @Test
    void extractShouldFindNothingInAPlainMailBody() {
        DocumentHeader header = extract("Gửi anh chị báo cáo tháng 10.\nTrân trọng.");

        assertThat(header.numberSymbol()).isEmpty();
        assertThat(header.date()).isEmpty();
        assertThat(header.titleLine()).isEmpty();
        assertThat(header.signer()).isEmpty();
        assertThat(extract("").numberSymbol()).isEmpty();
    }
}
