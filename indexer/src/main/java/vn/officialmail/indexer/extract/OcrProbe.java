package vn.officialmail.indexer.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds out once, at start, whether OCR can run: the Tesseract executable is there and has every
 * configured language pack. Tika would otherwise silently skip images and scanned pages.
 */
final class OcrProbe {

    private static final Pattern LISTING_HEADER = Pattern.compile("\"([^\"]+)\"");

    private OcrProbe() {}

    /**
     * What the probe found.
     *
     * @param unavailable why OCR cannot run, empty when it can
     * @param tessdata the directory of the language packs, as Tesseract reports it (Tika would
     *     otherwise guess it from the executable's directory, wrongly on Debian)
     */
    record Result(Optional<String> unavailable, String tessdata) {
        static Result unavailable(String reason) {
            return new Result(Optional.of(reason), "");
        }
    }

    /**
     * Checks the Tesseract installation.
     *
     * @param settings where Tesseract is and which languages are wanted
     * @return whether OCR can run, and with which language directory
     */
    static Result probe(OcrSettings settings) {
        if (!Files.isExecutable(settings.tesseract())) {
            return Result.unavailable("OCR unavailable: Tesseract not found at " + settings.tesseract()
                    + " (Debian package tesseract-ocr)");
        }
        List<String> listing;
        try {
            listing = listLanguages(settings);
        } catch (IOException e) {
            return Result.unavailable(
                    "OCR unavailable: " + settings.tesseract() + " --list-langs failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.unavailable("OCR unavailable: interrupted while asking Tesseract for its languages");
        }
        // The first line is 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):'.
        Matcher directory = LISTING_HEADER.matcher(listing.isEmpty() ? "" : listing.getFirst());
        String tessdata = directory.find() ? directory.group(1) : "";
        Set<String> installed = listing.stream().skip(1).map(String::strip).collect(Collectors.toSet());
        List<String> missing = Arrays.stream(settings.languages().split("\\+"))
                .filter(language -> !installed.contains(language))
                .toList();
        if (!missing.isEmpty()) {
            return Result.unavailable(
                    "OCR unavailable: Tesseract language pack " + missing + " missing (Debian packages "
                            + missing.stream().map(l -> "tesseract-ocr-" + l).toList() + ")");
        }
        return new Result(Optional.empty(), tessdata);
    }

    private static List<String> listLanguages(OcrSettings settings) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(settings.tesseract().toString(), "--list-langs")
                .redirectErrorStream(true)
                .start();
        try {
            byte[] output = process.getInputStream().readNBytes(64 * 1024);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IOException("no answer within 30 s");
            }
            return new String(output, StandardCharsets.UTF_8).lines().toList();
        } finally {
            process.destroyForcibly();
        }
    }
}
