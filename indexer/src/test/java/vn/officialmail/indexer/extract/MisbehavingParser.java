package vn.officialmail.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * A Tika parser plugin, on the test class path only, that misbehaves the three ways a real parser
 * bug does: it never returns, it allocates until the heap is gone, or it kills its process as a
 * native crash would. It claims three registered types that Tika detects by magic and that no
 * parser module of the indexer handles: MATLAB data ({@link #HANG}), GIMP images ({@link #ALLOCATE})
 * and SQLite databases ({@link #CRASH}).
 */
public final class MisbehavingParser implements Parser {

    private static final long serialVersionUID = 1L;

    static final MediaType HANG = MediaType.application("x-matlab-data");
    static final MediaType ALLOCATE = MediaType.image("x-xcf");
    static final MediaType CRASH = MediaType.application("x-sqlite3");

    /** Content detected as {@link #HANG}. */
    static final byte[] HANG_CONTENT = "MATLAB 5.0 MAT-file, treo".getBytes(StandardCharsets.US_ASCII);

    /** Content detected as {@link #ALLOCATE}. */
    static final byte[] ALLOCATE_CONTENT = "gimp xcf file\0".getBytes(StandardCharsets.US_ASCII);

    /** Content detected as {@link #CRASH}. */
    static final byte[] CRASH_CONTENT = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(HANG, ALLOCATE, CRASH);
    }

    @Override
    @SuppressWarnings("InfiniteLoopStatement")
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException {
        // By content, not by the type Tika recorded, so that nothing else can turn a crash into a hang.
        byte[] head = stream.readNBytes(32);
        if (startsWith(head, CRASH_CONTENT)) {
            System.err.println("# A fatal error has been detected by the native parser library");
            System.err.flush();
            Runtime.getRuntime().halt(134); // as SIGABRT from native code would, after its report
        }
        if (startsWith(head, ALLOCATE_CONTENT)) {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1 << 17]);
            }
        }
        if (!startsWith(head, HANG_CONTENT)) {
            throw new IOException("not one of MisbehavingParser's test contents");
        }
        while (true) { // HANG: never returns, and ignores interrupts as a stuck parser does
            LockSupport.parkNanos(10_000_000L);
        }
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }
}
