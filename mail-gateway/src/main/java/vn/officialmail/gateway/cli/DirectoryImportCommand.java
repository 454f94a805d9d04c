package vn.officialmail.gateway.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.officialmail.config.directory.DirectoryFiles;
import vn.officialmail.config.directory.DirectoryFormatException;
import vn.officialmail.gateway.directory.DirectoryImporter;
import vn.officialmail.gateway.directory.ImportReport;

/**
 * {@code directory-import FILE...}: imports agencies, units and accounts from CSV or LDIF files
 * (formats in {@code CsvDirectoryReader}, {@code LdifDirectoryReader}); prints per file the counts
 * added, updated, unchanged and each rejected line with why. Exit status 0 when every line was
 * taken, 1 when a line or a file was rejected.
 */
@Component
public final class DirectoryImportCommand {

    private final DirectoryImporter importer;

    public DirectoryImportCommand(DirectoryImporter importer) {
        this.importer = importer;
    }

    public int importAll(List<Path> files, PrintStream out) {
        boolean clean = true;
        for (Path file : files) {
            try {
                ImportReport report = importer.importEntries(
                        DirectoryFiles.read(file.getFileName().toString(), Files.readAllBytes(file)),
                        file.toString(),
                        "cli");
                out.printf(
                        "%s: %d thêm mới / added, %d cập nhật / updated, %d không đổi / unchanged, %d bị từ chối /"
                                + " rejected%n",
                        file,
                        report.added(),
                        report.updated(),
                        report.unchanged(),
                        report.rejected().size());
                report.rejected()
                        .forEach(r -> out.printf(
                                "  %s:%d: %s / %s%n", file.getFileName(), r.line(), r.reason(), r.reasonEn()));
                clean &= report.rejected().isEmpty();
            } catch (DirectoryFormatException e) {
                out.printf(
                        "%s: %s / %s%n",
                        file, e.problem().vietnamese(), e.problem().english());
                clean = false;
            } catch (IOException e) {
                out.printf("%s: không đọc được / cannot read: %s%n", file, e.getMessage());
                clean = false;
            }
        }
        return clean ? 0 : 1;
    }
}
