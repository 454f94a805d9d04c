package vn.officialmail.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeModelTest {

    private static final List<TrainingExample> EXAMPLES = List.of(
            new TrainingExample(
                    "a", "giay-moi", "Mời họp", "Kính mời các đồng chí dự họp. Thời gian: 8h. Địa điểm: phòng 2."),
            new TrainingExample("b", "giay-moi", "Giấy mời", "Trân trọng kính mời anh chị tới dự hội nghị."),
            new TrainingExample(
                    "c", "bao-cao", "Báo cáo tháng", "Đơn vị báo cáo kết quả tháng 10: hoàn thành chỉ tiêu."),
            new TrainingExample("d", "bao-cao", "Báo cáo", "Kính báo cáo kết quả kiểm tra, số liệu gửi kèm."),
            new TrainingExample("e", TypeModel.NO_TYPE, "Ăn trưa", "Trưa nay đi ăn cơm không anh?"),
            new TrainingExample("f", TypeModel.NO_TYPE, "cà phê", "Chiều nay uống cà phê nhé."));
    private static final List<String> CLASSES = List.of(TypeModel.NO_TYPE, "bao-cao", "giay-moi");
    private static final SgdTrainer.Settings SETTINGS = new SgdTrainer.Settings(14, 30, 1e-4, 0.5, 1, 7L);

    @Test
    void trainShouldGiveTheSameBytesOnEveryRun() throws IOException {
        byte[] first = bytes(new SgdTrainer(SETTINGS).train(EXAMPLES, CLASSES));
        byte[] second = bytes(new SgdTrainer(SETTINGS).train(EXAMPLES, CLASSES));

        assertThat(first).isEqualTo(second);
    }

    @Test
    void readShouldGiveBackTheWrittenModel() throws IOException {
        TypeModel model = new SgdTrainer(SETTINGS).train(EXAMPLES, CLASSES);

        TypeModel read = TypeModel.read(new ByteArrayInputStream(bytes(model)));

        assertThat(read.classes()).isEqualTo(CLASSES);
        assertThat(read.predict("", "Kính mời dự họp tại phòng 2").typeId()).contains("giay-moi");
        assertThat(read.predict("", "Báo cáo kết quả kiểm tra tháng 11").typeId())
                .contains("bao-cao");
        assertThat(read.predict("", "Đi ăn trưa không").typeId()).isEmpty();
    }

    @Test
    void readShouldRefuseSomethingElseWithAMessage() {
        assertThatExceptionOfType(IOException.class)
                .isThrownBy(() -> TypeModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4})))
                .withMessageContaining("not a type model");
    }

    @Test
    void loadDefaultShouldReadTheBundledModelOnce() {
        TypeModel model = TypeModel.loadDefault();

        assertThat(TypeModel.loadDefault()).isSameAs(model);
        assertThat(model.classes()).contains(TypeModel.NO_TYPE, "giay-moi", "bao-cao", "to-trinh", "cong-van");
    }

    @Test
    void bundledModelShouldReadAPlainMailBodyAsAReport() {
        TypeModel.Prediction p = TypeModel.loadDefault().predict("", "Gửi anh chị báo cáo tháng 10 của phòng.");

        assertThat(p.typeId()).contains("bao-cao");
    }

    private static byte[] bytes(TypeModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
