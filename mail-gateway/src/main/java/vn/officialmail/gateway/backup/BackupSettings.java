package vn.officialmail.gateway.backup;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code POST /api/backups} writes ({@code gateway.backup.*}).
 *
 * @param directory the directory backups are written to; default {@code <data-dir>/backups} (copy
 *     them to other storage: a backup on the same disk does not survive the disk)
 */
public record BackupSettings(@Nullable Path directory) {}
