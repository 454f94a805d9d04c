package vn.officialmail.indexer.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Finds out once, at start, whether OCR can run: the Tesseract executable is there and has every
 * configured language pack. Tika would otherwise silently skip images and scanned pages.
 */
final class OcrProbe {

    private OcrProbe() {}

    /**
     * Checks the Tesseract installation.
     *
     * @param settings where Tesseract is and which languages are wanted
     * @return why OCR cannot run, empty when it can
     */
    static Optional<String> whyUnavailable(OcrSettings settings) {
        if (!Files.isExecutable(settings.tesseract())) {
            return Optional.of("OCR unavailable: Tesseract not found at " + settings.tesseract()
                    + " (Debian package tesseract-ocr)");
        }
        Set<String> installed;
        try {
            installed = installedLanguages(settings);
        } catch (IOException e) {
            return Optional.of("OCR unavailable: " + settings.tesseract() + " --list-langs failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("OCR unavailable: interrupted while asking Tesseract for its languages");
        }
        List<String> missing = Arrays.stream(settings.languages().split("\\+"))
                .filter(language -> !installed.contains(language))
                .toList();
        if (!missing.isEmpty()) {
            return Optional.of("OCR unavailable: Tesseract language pack " + missing + " missing (Debian packages "
                    + missing.stream().map(l -> "tesseract-ocr-" + l).toList() + ")");
        }
        return Optional.empty();
    }

    private static Set<String> installedLanguages(OcrSettings settings) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(settings.tesseract().toString(), "--list-langs")
                .redirectErrorStream(true)
                .start();
        try {
            byte[] output = process.getInputStream().readNBytes(64 * 1024);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IOException("no answer within 30 s");
            }
            // The first line is "List of available languages in ...", then one code per line.
            return new String(output, StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .map(String::strip)
                    .collect(Collectors.toSet());
        } finally {
            process.destroyForcibly();
        }
    }
}
