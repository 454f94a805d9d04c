package vn.officialmail.gateway.spool;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How the spool makes its writes durable. The default forces to the device; tests substitute
 * one that blocks or fails to show that nothing is acknowledged before the force returns.
 */
public interface SpoolDurability {

    /** Forces a segment file's content to the storage device (fdatasync). */
    void force(FileChannel segment) throws IOException;

    /** Forces a directory entry (a new segment file's name) to the storage device. */
    void forceDirectory(Path directory) throws IOException;

    /** The real thing: {@link FileChannel#force} on the file and on its directory. */
    SpoolDurability FSYNC = new SpoolDurability() {
        @Override
        public void force(FileChannel segment) throws IOException {
            segment.force(false);
        }

        @Override
        public void forceDirectory(Path directory) throws IOException {
            try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    };
}
