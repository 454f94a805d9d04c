package vn.officialmail.config.directory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads a directory file as CSV or LDIF, by its name or else by its first line. */
public final class DirectoryFiles {

    private DirectoryFiles() {}

    /**
     * Reads {@code bytes} (UTF-8).
     *
     * @param name the file name (decides the format by extension: .csv, .ldif, .ldf), may be empty
     */
    public static DirectoryEntries read(String name, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DirectoryFormatException(DirectoryProblem.of("file.not-utf8", name));
        }
        return isLdif(name, text) ? LdifDirectoryReader.read(text) : CsvDirectoryReader.read(text);
    }

    static boolean isLdif(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ldif") || lower.endsWith(".ldf")) {
            return true;
        }
        if (lower.endsWith(".csv")) {
            return false;
        }
        for (String line : text.split("\r?\n", 50)) {
            String stripped = line.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            return stripped.startsWith("dn:") || stripped.startsWith("version:");
        }
        return false;
    }
}
