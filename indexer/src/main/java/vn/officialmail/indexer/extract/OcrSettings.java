package vn.officialmail.indexer.extract;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where Tesseract is and which language packs it reads with.
 *
 * @param tesseract the {@code tesseract} executable; when it is missing, images and scanned pages are
 *     {@link ExtractedPart.Outcome#OCR_UNAVAILABLE} and everything else is extracted as usual
 * @param languages Tesseract language packs joined with {@code +}, for example {@code vie+eng}
 * @param dpi resolution at which scanned PDF pages are rendered for OCR
 */
public record OcrSettings(Path tesseract, String languages, int dpi) {

    /** Debian's {@code tesseract-ocr} package puts it here. */
    public static final Path DEFAULT_TESSERACT = Path.of("/usr/bin/tesseract");

    /** Vietnamese first; English for the odd foreign word on an official page. */
    public static final String DEFAULT_LANGUAGES = "vie+eng";

    /** 300 dpi, what Tesseract reads best. */
    public static final int DEFAULT_DPI = 300;

    /** Checks the executable is named {@code tesseract} (Tika runs it by that name) and the rest. */
    public OcrSettings {
        Objects.requireNonNull(tesseract, "tesseract must not be null");
        Objects.requireNonNull(languages, "languages must not be null");
        Path name = tesseract.getFileName();
        if (name == null || !name.toString().equals("tesseract")) {
            throw new IllegalArgumentException(
                    "tesseract must be the path of an executable named tesseract: " + tesseract);
        }
        if (!languages.matches("[a-z_]+(\\+[a-z_]+)*")) {
            throw new IllegalArgumentException("languages must be Tesseract codes joined with '+': " + languages);
        }
        if (dpi < 72 || dpi > 600) {
            throw new IllegalArgumentException("dpi must be within 72..600: " + dpi);
        }
    }

    /**
     * {@code /usr/bin/tesseract}, {@code vie+eng}, 300 dpi.
     *
     * @return the defaults
     */
    public static OcrSettings defaults() {
        return new OcrSettings(DEFAULT_TESSERACT, DEFAULT_LANGUAGES, DEFAULT_DPI);
    }
}
