package vn.officialmail.indexer.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Names the password-protected entries of a ZIP archive (APPNOTE.TXT §4.4.4, general purpose bit
 * 0). Tika skips such entries without a word; the gateway reports the archive as encrypted instead.
 */
final class EncryptedZipEntries {

    /** Metadata key of the names, read by {@link PartMapper}. */
    static final String NAMES = "officialmail:encrypted-zip-entries";

    private static final int MAX_NAMES = 20;

    private EncryptedZipEntries() {}

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /**
     * The names of the encrypted entries.
     *
     * @param zip the archive's bytes
     * @return up to twenty names, empty when none is encrypted or the archive cannot be read
     */
    static List<String> names(byte[] zip) {
        List<String> names = new ArrayList<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = in.getNextEntry();
                    entry != null && names.size() < MAX_NAMES;
                    entry = in.getNextEntry()) {
                if (entry.getGeneralPurposeBit().usesEncryption()) {
                    names.add(AttachmentNames.decode(entry.getName()));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Tika reports a broken archive on its own; this check only adds what Tika leaves out.
        }
        return names;
    }
}
