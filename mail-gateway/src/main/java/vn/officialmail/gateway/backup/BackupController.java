package vn.officialmail.gateway.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;

/** {@code POST /api/backups}: a consistent backup of the running gateway into {@code gateway.backup.directory}. */
@RestController
class BackupController {

    private final BackupWriter writer;
    private final Path directory;
    private final AuditLog audit;

    BackupController(BackupWriter writer, GatewaySettings settings, AuditLog audit) {
        this.writer = writer;
        this.directory = settings.backup().directory() != null
                ? settings.backup().directory()
                : settings.dataDir().resolve("backups");
        this.audit = audit;
    }

    record Taken(String directory, long files, long blobs, long bytes, List<String> corruptBlobs) {}

    @PostMapping("/api/backups")
    Taken take(Principal administrator) {
        BackupWriter.Written written;
        try {
            written = writer.write(directory);
        } catch (IOException | RuntimeException e) {
            throw new ResponseStatusException(
                    HttpStatus.INTERNAL_SERVER_ERROR, "Sao lưu thất bại / the backup failed: " + e.getMessage(), e);
        }
        audit.record(
                administrator.getName(),
                "backup-written",
                "backup",
                written.directory().getFileName().toString(),
                Map.of("blobs", Long.toString(written.blobs()), "bytes", Long.toString(written.bytes())));
        return new Taken(
                written.directory().toString(),
                written.files(),
                written.blobs(),
                written.bytes(),
                written.corruptBlobs());
    }
}
