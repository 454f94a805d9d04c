package vn.officialmail.classifier.normalize;

import java.util.function.UnaryOperator;

/** A pre-Unicode Vietnamese font encoding whose text survives extraction as Latin-1 mojibake. */
public enum LegacyEncoding {
    /** TCVN3 / ABC, the {@code .VnTime} fonts: "Céng hoµ x· héi". */
    TCVN3(Tcvn3::toUnicode),
    /** VNI-Windows, the {@code VNI-Times} fonts: "Coäng hoøa xaõ hoäi". */
    VNI(Vni::toUnicode);

    private final UnaryOperator<String> converter;

    LegacyEncoding(UnaryOperator<String> converter) {
        this.converter = converter;
    }

    /** Converts text in this encoding (read as Latin-1) to Unicode. */
    public String toUnicode(String text) {
        return converter.apply(text);
    }
}
