package vn.officialmail.gateway.message;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code fsck}: reads every blob and checks that its bytes still hash to its name, and that every
 * blob the database names (originals, attachments, register entries, relay orders) exists.
 * Unreferenced blobs are counted, never deleted: a blob written just before a crash is harmless.
 * Blobs deleted with a destroyed dossier are not missing.
 * Exit status 0 when all is sound, 1 otherwise.
 */
@Component
public final class BlobCheck {

    private static final int MAX_LISTED = 100;
    private static final List<String> REFERENCES = List.of(
            "select raw_sha256 from message_record",
            "select sha256 from message_attachment",
            "select raw_sha256 from register_entry where raw_sha256 is not null",
            "select blob_sha256 from outbound_delivery where blob_sha256 is not null");

    private final BlobStore blobs;
    private final JdbcClient jdbc;

    public BlobCheck(BlobStore blobs, JdbcClient jdbc) {
        this.blobs = blobs;
        this.jdbc = jdbc;
    }

    /** What the check found. */
    public record Result(long checked, List<String> corrupt, List<String> missing, long unreferenced) {
        public boolean sound() {
            return corrupt.isEmpty() && missing.isEmpty();
        }
    }

    public Result check() {
        Set<String> referenced = new HashSet<>();
        for (String query : REFERENCES) {
            referenced.addAll(jdbc.sql(query).query(String.class).list());
        }
        Set<String> present = new HashSet<>();
        List<String> corrupt = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(blobs.root(), 3)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                if (!name.matches("[0-9a-f]{64}")
                        || file.getParent().getFileName().toString().equals("tmp")) {
                    continue;
                }
                present.add(name);
                String actual = BlobStore.sha256Hex(file);
                if (!actual.equals(name)) {
                    corrupt.add(name + ": its content hashes to " + actual);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot walk the blob store " + blobs.root(), e);
        }
        // Blobs deleted by the approved destruction of a dossier are gone on purpose (issue 6).
        Set<String> destroyed = new HashSet<>(jdbc.sql("select sha256 from destroyed_blob where deleted_at is not null")
                .query(String.class)
                .list());
        List<String> missing = referenced.stream()
                .filter(sha -> !present.contains(sha) && !destroyed.contains(sha))
                .sorted()
                .toList();
        long unreferenced =
                present.stream().filter(sha -> !referenced.contains(sha)).count();
        return new Result(present.size(), corrupt, missing, unreferenced);
    }

    public int run(PrintStream out) {
        Result result = check();
        out.printf(
                "blobs: %d checked, %d corrupt, %d missing, %d unreferenced: %s%n",
                result.checked(),
                result.corrupt().size(),
                result.missing().size(),
                result.unreferenced(),
                result.sound() ? "sound" : "BROKEN");
        result.corrupt().stream().limit(MAX_LISTED).forEach(c -> out.println("  corrupt " + c));
        result.missing().stream().limit(MAX_LISTED).forEach(m -> out.println("  missing " + m));
        return result.sound() ? 0 : 1;
    }
}
