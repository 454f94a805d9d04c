package vn.officialmail.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's inputs: one 5 KB text (5,120 bytes of UTF-8, cut at a character) per real document of
 * the classifier's corpus, starting at the document's own start so that each has its header; a
 * document shorter than 5 KB is followed by the next ones until the text is full.
 */
final class FiveKilobyteTexts {

    static final int BYTES = 5 * 1024;

    private FiveKilobyteTexts() {}

    static List<String> load() {
        List<String> documents = new ArrayList<>();
        for (String line : read("/documents/labels.tsv").split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                documents.add(read("/documents/" + line.split("\t")[0]));
            }
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            StringBuilder text = new StringBuilder();
            for (int j = i; utf8Length(text) < BYTES; j = (j + 1) % documents.size()) {
                text.append(documents.get(j)).append('\n');
            }
            texts.add(cut(text.toString()));
        }
        return texts;
    }

    private static String cut(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > BYTES) {
                return text.substring(0, i);
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return text;
    }

    private static int utf8Length(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String read(String resource) {
        try (InputStream in = FiveKilobyteTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
